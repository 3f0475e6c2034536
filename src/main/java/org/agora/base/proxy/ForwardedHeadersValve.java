package org.agora.base.proxy;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Applies a trusted proxy's forwarded headers to the request where Tomcat keeps the client's
 * address, the scheme and the host, before anything reads them: the throttles' {@code
 * getRemoteAddr()}, {@code isSecure()} for cookies, Spring Security's redirect to the sign-in,
 * Tomcat's own redirects and the websocket upgrade all see the same answer. Tomcat's
 * RemoteIpValve would do this, but in this Tomcat it names proxies by regular expression only,
 * not by CIDR range.
 *
 * <p>The forwarded headers are then removed from every request, believed or not, so nothing
 * further in can read a client's claim by mistake. The standard {@code Forwarded} header is
 * never believed, only removed: the proxies Agora documents send X-Forwarded-*.
 */
final class ForwardedHeadersValve extends ValveBase {

    static final String FOR = "X-Forwarded-For";
    static final String PROTO = "X-Forwarded-Proto";
    static final String HOST = "X-Forwarded-Host";
    static final String PORT = "X-Forwarded-Port";
    static final List<String> REMOVED = List.of(FOR, PROTO, HOST, PORT, "X-Forwarded-Server", "Forwarded");

    private final TrustedProxies proxies;

    ForwardedHeadersValve(TrustedProxies proxies) {
        // Vaadin's push needs asynchronous requests, which every valve on the way must allow.
        super(true);
        this.proxies = proxies;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        MimeHeaders headers = request.getCoyoteRequest().getMimeHeaders();
        if (proxies.trusts(request.getRemoteAddr())) {
            believe(request, headers);
        }
        REMOVED.forEach(headers::removeHeader);
        getNext().invoke(request, response);
    }

    private void believe(Request request, MimeHeaders headers) {
        List<String> hops = values(headers, FOR);
        if (!hops.isEmpty()) {
            String client = proxies.client(request.getRemoteAddr(), hops);
            request.setRemoteAddr(client);
            request.setRemoteHost(client);
        }
        List<String> schemes = values(headers, PROTO);
        Optional<HostAndPort> host = single(headers, HOST).flatMap(HostAndPort::parse);
        Optional<Integer> port = single(headers, PORT)
                .filter(p -> p.matches("\\d{1,5}"))
                .map(Integer::valueOf)
                .filter(p -> p >= 1 && p <= 65_535);
        if (schemes.isEmpty() && host.isEmpty() && port.isEmpty()) {
            return;
        }
        if (!schemes.isEmpty()) {
            // Secure only if every proxy on the way was reached over https.
            boolean secure = schemes.stream().allMatch("https"::equalsIgnoreCase);
            request.getCoyoteRequest().scheme().setString(secure ? "https" : "http");
            request.setSecure(secure);
        }
        host.ifPresent(h -> request.getCoyoteRequest().serverName().setString(h.name()));
        // The port the browser used: as forwarded, else as written in the host it asked for, else the scheme's.
        Optional<HostAndPort> asked = host.isPresent() ? host : HostAndPort.parse(headers.getHeader("Host"));
        int defaultPort = "https".equals(request.getScheme()) ? 443 : 80;
        request.setServerPort(port.orElse(
                asked.filter(HostAndPort::hasPort).map(HostAndPort::port).orElse(defaultPort)));
    }

    /** All values of a header that may be repeated or comma-separated, in order. */
    private static List<String> values(MimeHeaders headers, String name) {
        List<String> values = new ArrayList<>();
        for (String line : Collections.list(headers.values(name))) {
            for (String value : line.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    /** The value of a header that must appear once with one value; empty otherwise. */
    private static Optional<String> single(MimeHeaders headers, String name) {
        List<String> values = values(headers, name);
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }
}
