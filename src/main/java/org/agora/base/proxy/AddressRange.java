package org.agora.base.proxy;

import java.net.InetAddress;
import java.util.Optional;

/** One entry of the trusted proxies: an address, or a CIDR range such as 10.0.0.0/8 or fd00::/8. */
final class AddressRange {

    private final byte[] network;
    private final int prefix;
    private final String written;

    private AddressRange(byte[] network, int prefix, String written) {
        this.network = network;
        this.prefix = prefix;
        this.written = written;
    }

    /** The range, or empty if the text is neither an address nor address/prefix with a prefix that fits. */
    static Optional<AddressRange> parse(String text) {
        String entry = text.strip();
        int slash = entry.indexOf('/');
        Optional<InetAddress> address = IpLiteral.parse(slash < 0 ? entry : entry.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = address.get().getAddress();
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String length = entry.substring(slash + 1);
            if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(length);
        }
        return Optional.of(new AddressRange(bytes, prefix, entry));
    }

    /** An IPv4 range holds only IPv4 addresses, an IPv6 range only IPv6 ones. */
    boolean contains(InetAddress address) {
        byte[] other = address.getAddress();
        if (other.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (other[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (other[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public String toString() {
        return written;
    }
}
