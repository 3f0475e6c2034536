package org.agora.base.proxy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address written out as numbers, never a name: what a proxy puts in X-Forwarded-For and
 * an operator in the list of trusted proxies. Checked by shape first, so reading one never asks
 * DNS (a name sent by a client would otherwise make the server look it up).
 */
final class IpLiteral {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    /** Hex groups and colons, perhaps ending in an IPv4 part; the parser then checks the grouping. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    private IpLiteral() {}

    /** The address, or empty if the text is not an IPv4 or IPv6 address (an IPv6 one may be in brackets). */
    static Optional<InetAddress> parse(String text) {
        String literal = text.strip();
        if (literal.length() > 2 && literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        boolean v4 = IPV4.matcher(literal).matches();
        boolean v6 = literal.contains(":") && IPV6.matcher(literal).matches();
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            // A dotted quad or a text with a colon is parsed as a literal: no lookup happens.
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** The one way an address is written here (IPv4 dotted, IPv6 uncompressed as Tomcat writes it). */
    static String canonical(InetAddress address) {
        return address.getHostAddress();
    }
}
