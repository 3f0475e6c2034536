package org.agora.base.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which proxies are believed, and which hop of X-Forwarded-For is taken for the client. */
class TrustedProxiesTest {

    @Test
    void by_default_no_one_is_believed_and_the_peer_stays_the_client() {
        for (String none : new String[] {null, "", "  ", " , "}) {
            TrustedProxies proxies = TrustedProxies.parse(none);
            assertThat(proxies.isEmpty()).isTrue();
            assertThat(proxies.trusts("127.0.0.1")).isFalse();
            assertThat(proxies.client("127.0.0.1", List.of("203.0.113.7"))).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void addresses_and_cidr_ranges_of_both_families_are_believed_and_nothing_beside_them() {
        TrustedProxies proxies = TrustedProxies.parse(" 127.0.0.1, 10.20.0.0/16 ,::1, fd00::/8,192.168.1.7/32 ");
        assertThat(proxies.trusts("127.0.0.1")).isTrue();
        assertThat(proxies.trusts("127.0.0.2")).isFalse();
        assertThat(proxies.trusts("10.20.255.1")).isTrue();
        assertThat(proxies.trusts("10.21.0.1")).isFalse();
        assertThat(proxies.trusts("0:0:0:0:0:0:0:1"))
                .as("IPv6 loopback as Tomcat writes it")
                .isTrue();
        assertThat(proxies.trusts("fd12:3456::9")).isTrue();
        assertThat(proxies.trusts("fe80::1")).isFalse();
        assertThat(proxies.trusts("192.168.1.7")).isTrue();
        assertThat(proxies.trusts("192.168.1.8")).isFalse();
        assertThat(proxies.trusts("::ffff:10.20.0.5"))
                .as("an IPv4 address written as IPv6")
                .isTrue();
        assertThat(proxies.trusts("localhost")).as("names are never looked up").isFalse();
        assertThat(TrustedProxies.parse("10.0.0.0/9").trusts("10.127.255.255")).isTrue();
        assertThat(TrustedProxies.parse("10.0.0.0/9").trusts("10.128.0.0")).isFalse();
        assertThat(TrustedProxies.parse("0.0.0.0/0").trusts("203.0.113.7")).isTrue();
        assertThat(TrustedProxies.parse("0.0.0.0/0").trusts("2001:db8::1")).isFalse();
    }

    @Test
    void a_bad_entry_is_refused_by_name() {
        for (String bad : List.of(
                "10.0.0.300",
                "10.0.0.0/33",
                "fd00::/129",
                "10.0.0.0/8/8",
                "10.0.0.0/",
                "10.0.0.0/-1",
                "proxy.example",
                "localhost",
                "010.0.0.1",
                "10.0.0",
                "fe80::1%eth0",
                "1:2:3")) {
            assertThatThrownBy(() -> TrustedProxies.parse("127.0.0.1, " + bad))
                    .isInstanceOf(TrustedProxiesException.class)
                    .hasMessageContaining("AGORA_TRUSTED_PROXIES")
                    .hasMessageContaining("“" + bad + "”");
        }
    }

    @Test
    void behind_one_trusted_proxy_the_client_is_the_hop_it_added_not_what_the_client_wrote_before() {
        TrustedProxies proxies = TrustedProxies.parse("127.0.0.1");
        assertThat(proxies.client("127.0.0.1", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(proxies.client("127.0.0.1", List.of("6.6.6.6", "10.0.0.1", "203.0.113.7")))
                .isEqualTo("203.0.113.7");
        assertThat(proxies.client("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void trusted_hops_are_skipped_and_the_first_untrusted_one_from_the_right_is_the_client() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/24");
        assertThat(proxies.client("10.0.0.2", List.of("6.6.6.6", "203.0.113.7", "10.0.0.3")))
                .as("a second trusted proxy in the chain")
                .isEqualTo("203.0.113.7");
        assertThat(proxies.client("10.0.0.2", List.of("203.0.113.7", "198.51.100.9")))
                .as("an untrusted hop is never skipped, even if it claims a client of its own")
                .isEqualTo("198.51.100.9");
        assertThat(proxies.client("10.0.0.2", List.of("10.0.0.9", "10.0.0.3")))
                .as("all trusted: the furthest known")
                .isEqualTo("10.0.0.9");
    }

    @Test
    void a_direct_client_is_its_own_address_whatever_it_writes() {
        TrustedProxies proxies = TrustedProxies.parse("127.0.0.1");
        assertThat(proxies.client("192.168.5.40", List.of("10.9.9.9", "127.0.0.1")))
                .isEqualTo("192.168.5.40");
    }

    @Test
    void a_hop_that_is_not_an_address_is_not_believed_and_addresses_are_written_one_way() {
        TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8");
        assertThat(proxies.client("127.0.0.1", List.of("203.0.113.7", "unknown")))
                .isEqualTo("127.0.0.1");
        assertThat(proxies.client("127.0.0.1", List.of("203.0.113.7", "evil.example", "10.0.0.3")))
                .isEqualTo("10.0.0.3");
        assertThat(proxies.client("127.0.0.1", List.of("2001:DB8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(proxies.client("127.0.0.1", List.of("[2001:db8::7]"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(proxies.client("127.0.0.1", List.of("::ffff:203.0.113.7"))).isEqualTo("203.0.113.7");
    }
}
