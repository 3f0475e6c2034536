package org.agora.base.proxy;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose forwarded headers are believed, as the operator lists them in
 * {@code AGORA_TRUSTED_PROXIES}; none by default. Only a proxy knows who its client is, and any
 * client can write the same headers, so a header is worth what the machine that sent it is.
 */
public final class TrustedProxies {

    private final List<AddressRange> ranges;

    private TrustedProxies(List<AddressRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Reads a comma-separated list of IP addresses and CIDR ranges, IPv4 or IPv6; blank means
     * none. A host name is refused like any other bad entry: a proxy is named by its address.
     *
     * @throws TrustedProxiesException naming the first entry that is not an address or range
     */
    public static TrustedProxies parse(String setting) {
        List<AddressRange> ranges = new ArrayList<>();
        for (String entry : (setting == null ? "" : setting).split(",", -1)) {
            if (entry.isBlank()) {
                continue;
            }
            ranges.add(AddressRange.parse(entry)
                    .orElseThrow(() -> new TrustedProxiesException("AGORA_TRUSTED_PROXIES: “" + entry.strip()
                            + "” is not an IP address or a CIDR range (such as 10.0.0.5, 10.0.0.0/8 or fd00::/8).")));
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether the machine at this address (as the connection shows it) is a trusted proxy. */
    public boolean trusts(String address) {
        return !ranges.isEmpty() && IpLiteral.parse(address).map(this::trusts).orElse(false);
    }

    private boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * The client a request comes from, given the connection's peer and the X-Forwarded-For
     * hops (leftmost first). Each trusted proxy appends the address it was reached from, so the
     * hops are read from the right, past trusted proxies only: the first hop that is not one is
     * the client, and everything left of it is whatever that client claimed. A hop that is not
     * an IP address is not believed; the proxy that passed it on is then taken as the client.
     */
    public String client(String peer, List<String> forwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        String client = IpLiteral.parse(peer).map(IpLiteral::canonical).orElse(peer);
        for (int i = forwardedFor.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiteral.parse(forwardedFor.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = IpLiteral.canonical(hop.get());
            if (!trusts(hop.get())) {
                return client;
            }
        }
        return client;
    }

    @Override
    public String toString() {
        return ranges.isEmpty()
                ? "none"
                : String.join(", ", ranges.stream().map(AddressRange::toString).toList());
    }
}
