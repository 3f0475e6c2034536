package org.agora.base;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A parameter of a query string read as the servlet container reads it (split on {@code &},
 * names and values decoded, the first occurrence wins), without touching the request body that
 * {@code getParameter} would parse for a form post.
 */
final class QueryParameter {

    private QueryParameter() {}

    static Optional<String> first(String query, String name) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            if (name.equals(decode(nameAndValue[0]))) {
                return Optional.of(nameAndValue.length > 1 ? decode(nameAndValue[1]) : "");
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
