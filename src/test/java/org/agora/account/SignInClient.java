package org.agora.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as sign-in goes, over loopback from an address of its own in 127.0.0.0/8 (so
 * tests can be "another client" without forged headers): it keeps its cookies, loads the sign-in
 * page to get its CSRF token, and posts the form. One request per connection, HTTP/1.0, so the
 * reply ends where the connection does.
 */
final class SignInClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final int TIMEOUT_MILLIS = 20_000;

    /** The status, headers (lower-case names, last value wins except cookies) and body of one reply. */
    record Reply(int status, Map<String, String> headers, String body) {

        /** Where a redirect points, without scheme and host: "/login?error", "/teacher". */
        String location() {
            String location = headers.getOrDefault("location", "");
            return location.replaceFirst("^https?://[^/]+", "");
        }
    }

    private final int port;
    private final InetAddress from;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    SignInClient(int port, String fromAddress) throws IOException {
        this.port = port;
        this.from = InetAddress.getByName(fromAddress);
    }

    /** Loads the sign-in page and posts the form with its token; returns where the server sends the browser. */
    String signIn(String username, String password) throws IOException {
        String token = csrfToken();
        return post("/login", form(username, password) + "&_csrf=" + encode(token))
                .location();
    }

    /** Posts the form with a token read before, as a browser's page that stays open does. */
    String signInWith(String token, String username, String password) throws IOException {
        return post("/login", form(username, password) + "&_csrf=" + encode(token))
                .location();
    }

    /** The sign-in form as another site's page could post it: no token. */
    Reply postWithoutToken(String username, String password) throws IOException {
        return post("/login", form(username, password));
    }

    /** The CSRF token the sign-in page carries for this browser's session. */
    String csrfToken() throws IOException {
        Reply page = request("GET /login", null);
        Matcher token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("The sign-in page carries no CSRF token (status " + page.status() + ")");
        }
        return token.group(1);
    }

    Reply get(String path) throws IOException {
        return request("GET " + path, null);
    }

    boolean hasCookie(String name) {
        return cookies.containsKey(name);
    }

    /** Drops a cookie, as a browser whose owner cleared it would. */
    void forget(String name) {
        cookies.remove(name);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private Reply post(String path, String body) throws IOException {
        return request("POST " + path, body);
    }

    private Reply request(String requestLine, String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
            StringBuilder head = new StringBuilder(requestLine + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n");
            if (!cookies.isEmpty()) {
                head.append("Cookie: ")
                        .append(cookies.entrySet().stream()
                                .map(c -> c.getKey() + "=" + c.getValue())
                                .collect(Collectors.joining("; ")))
                        .append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(content.length)
                        .append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private Reply parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end < 0 ? raw.length() : end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            headers.put(name, value);
            if (name.equals("set-cookie")) {
                String pair = value.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String cookieName = pair.substring(0, equals);
                String cookieValue = pair.substring(equals + 1);
                if (cookieValue.isEmpty()
                        || value.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(cookieName);
                } else {
                    cookies.put(cookieName, cookieValue);
                }
            }
        }
        return new Reply(status, headers, end < 0 ? "" : raw.substring(end + 4));
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    private static String form(String username, String password) {
        return "username=" + encode(username) + "&password=" + encode(password);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
