package org.agora.account;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.agora.LoopbackMachine;

/**
 * A browser as far as sign-in goes, on a {@link LoopbackMachine} of its own in 127.0.0.0/8 (so
 * tests can be "another client" without forged headers): it keeps its cookies, loads the sign-in
 * page to get its CSRF token, and posts the form.
 */
final class SignInClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** The status, headers and body of one reply. */
    record Reply(int status, LoopbackMachine.Reply raw) {

        String body() {
            return raw.body();
        }

        /** Where a redirect points, without scheme and host: "/login?error", "/teacher". */
        String location() {
            return raw.header("Location").orElse("").replaceFirst("^https?://[^/]+", "");
        }
    }

    private final LoopbackMachine machine;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    SignInClient(int port, String fromAddress) throws IOException {
        this.machine = new LoopbackMachine(fromAddress, port);
    }

    /** Loads the sign-in page and posts the form with its token; returns where the server sends the browser. */
    String signIn(String username, String password) throws IOException {
        return signIn(username, password, Map.of());
    }

    /** The same, sending these headers too (forged ones, say) with the form. */
    String signIn(String username, String password, Map<String, String> headers) throws IOException {
        String token = csrfToken();
        return post("/login", form(username, password) + "&_csrf=" + encode(token), headers)
                .location();
    }

    /** Posts the form with a token read before, as a browser's page that stays open does. */
    String signInWith(String token, String username, String password) throws IOException {
        return post("/login", form(username, password) + "&_csrf=" + encode(token), Map.of())
                .location();
    }

    /** The sign-in form as another site's page could post it: no token. */
    Reply postWithoutToken(String username, String password) throws IOException {
        return post("/login", form(username, password), Map.of());
    }

    /** The CSRF token the sign-in page carries for this browser's session. */
    String csrfToken() throws IOException {
        Reply page = get("/login");
        Matcher token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("The sign-in page carries no CSRF token (status " + page.status() + ")");
        }
        return token.group(1);
    }

    Reply get(String path) throws IOException {
        return keepCookies(machine.get(path, withCookies(Map.of())));
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

    private Reply post(String path, String body, Map<String, String> headers) throws IOException {
        return keepCookies(machine.post(path, withCookies(headers), "application/x-www-form-urlencoded", body));
    }

    private Map<String, String> withCookies(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (!cookies.isEmpty()) {
            all.put(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return all;
    }

    private Reply keepCookies(LoopbackMachine.Reply reply) {
        for (String value : reply.headers("Set-Cookie")) {
            String pair = value.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String cookieName = pair.substring(0, equals);
            String cookieValue = pair.substring(equals + 1);
            if (cookieValue.isEmpty() || value.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                cookies.remove(cookieName);
            } else {
                cookies.put(cookieName, cookieValue);
            }
        }
        return new Reply(reply.status(), reply);
    }

    private static String form(String username, String password) {
        return "username=" + encode(username) + "&password=" + encode(password);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
