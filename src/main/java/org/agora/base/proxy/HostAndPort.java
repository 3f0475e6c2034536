package org.agora.base.proxy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Host or X-Forwarded-Host value: a host name or address, and a port if one is written. Only
 * plain names are taken, since the name ends up in links the app shows (the join link).
 */
record HostAndPort(String name, int port) {

    static final int NO_PORT = -1;

    private static final Pattern SHAPE =
            Pattern.compile("([A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\\[[0-9A-Fa-f:.]{2,45}\\])(?::(\\d{1,5}))?");

    static Optional<HostAndPort> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher shape = SHAPE.matcher(value.strip());
        if (!shape.matches()) {
            return Optional.empty();
        }
        if (shape.group(2) == null) {
            return Optional.of(new HostAndPort(shape.group(1), NO_PORT));
        }
        int port = Integer.parseInt(shape.group(2));
        return port >= 1 && port <= 65_535 ? Optional.of(new HostAndPort(shape.group(1), port)) : Optional.empty();
    }

    boolean hasPort() {
        return port != NO_PORT;
    }
}
