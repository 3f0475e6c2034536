package org.agora.base.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;

/**
 * The valve on Tomcat's own request objects: what the app behind it sees of a request that
 * came through a trusted proxy, and of one that did not.
 */
class ForwardedHeadersValveTest {

    /** What the app is shown: the request as the next valve finds it. */
    record Seen(String address, String scheme, boolean secure, String host, int port, List<String> headers) {}

    private static Seen through(String trusted, String peer, String hostHeader, Map<String, String> headers)
            throws Exception {
        Request request = new Request(new Connector());
        request.setCoyoteRequest(new org.apache.coyote.Request());
        request.setRemoteAddr(peer);
        request.setRemoteHost(peer);
        request.getCoyoteRequest().scheme().setString("http");
        HostAndPort host = HostAndPort.parse(hostHeader).orElseThrow();
        request.getCoyoteRequest().serverName().setString(host.name());
        request.setServerPort(host.hasPort() ? host.port() : 80);
        request.getCoyoteRequest().getMimeHeaders().addValue("Host").setString(hostHeader);
        headers.forEach((name, value) ->
                request.getCoyoteRequest().getMimeHeaders().addValue(name).setString(value));
        Seen[] seen = new Seen[1];
        ForwardedHeadersValve valve = new ForwardedHeadersValve(TrustedProxies.parse(trusted));
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request r, Response response) {
                List<String> names = new ArrayList<>(Collections.list(r.getHeaderNames()));
                seen[0] = new Seen(
                        r.getRemoteAddr(), r.getScheme(), r.isSecure(), r.getServerName(), r.getServerPort(), names);
            }
        });
        valve.invoke(request, null);
        return seen[0];
    }

    private static final Map<String, String> FROM_PROXY = Map.of(
            "X-Forwarded-For", "6.6.6.6, 203.0.113.7",
            "X-Forwarded-Proto", "https",
            "Forwarded", "for=9.9.9.9;proto=http");

    @Test
    void a_trusted_proxy_gives_the_client_address_the_scheme_and_the_port_the_browser_used() throws Exception {
        assertThat(through("127.0.0.1", "127.0.0.1", "agora.school.example", FROM_PROXY))
                .isEqualTo(new Seen("203.0.113.7", "https", true, "agora.school.example", 443, List.of("Host")));
        assertThat(through("127.0.0.1", "127.0.0.1", "localhost:18143", FROM_PROXY)
                        .port())
                .as("a port written in the Host the browser sent")
                .isEqualTo(18143);
    }

    @Test
    void a_trusted_proxy_may_name_the_host_and_port_too() throws Exception {
        Seen seen = through(
                "10.0.0.0/8",
                "10.1.2.3",
                "backend:8080",
                Map.of(
                        "X-Forwarded-Host",
                        "agora.school.example",
                        "X-Forwarded-Proto",
                        "https",
                        "X-Forwarded-Port",
                        "8443"));
        assertThat(seen.host()).isEqualTo("agora.school.example");
        assertThat(seen.port()).isEqualTo(8443);
        assertThat(seen.address()).as("no X-Forwarded-For: the proxy itself").isEqualTo("10.1.2.3");
    }

    @Test
    void a_client_that_is_no_trusted_proxy_changes_nothing_and_its_headers_are_gone() throws Exception {
        Map<String, String> forged = Map.of(
                "X-Forwarded-For", "10.9.9.9",
                "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "evil.example",
                "X-Forwarded-Port", "443",
                "Forwarded", "for=10.9.9.9;host=evil.example;proto=https");
        assertThat(through("127.0.0.1", "192.168.5.40", "agora.school.example:8080", forged))
                .isEqualTo(new Seen("192.168.5.40", "http", false, "agora.school.example", 8080, List.of("Host")));
        assertThat(through("", "127.0.0.1", "localhost:8080", forged))
                .as("nobody trusted, loopback included")
                .isEqualTo(new Seen("127.0.0.1", "http", false, "localhost", 8080, List.of("Host")));
    }

    @Test
    void a_host_that_is_not_a_plain_name_is_not_taken_and_http_anywhere_on_the_way_is_not_secure() throws Exception {
        Seen seen = through(
                "127.0.0.1",
                "127.0.0.1",
                "localhost:8080",
                Map.of("X-Forwarded-Host", "evil.example/path?x", "X-Forwarded-Proto", "https, http"));
        assertThat(seen.host()).isEqualTo("localhost");
        assertThat(seen.scheme()).isEqualTo("http");
        assertThat(seen.secure()).isFalse();
        assertThat(seen.port()).isEqualTo(8080);
    }
}
