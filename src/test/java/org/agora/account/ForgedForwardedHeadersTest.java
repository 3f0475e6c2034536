package org.agora.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.LoopbackMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With no trusted proxy named (the default), forwarded headers from a client change nothing: a
 * paused sign-in stays paused under a claimed new address, and a claimed host or scheme does
 * not reach a redirect. The sign-ins come from a loopback address of their own, so the pause
 * they cause touches no other test.
 */
class ForgedForwardedHeadersTest extends AgoraTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    /** Loads the sign-in page and posts its form as a new browser (no cookie) at this address; returns where it lands. */
    private String signIn(String address, String username, String password, Map<String, String> headers)
            throws Exception {
        String location = new SignInClient(port, address).signIn(username, password, headers);
        URI target = URI.create(location);
        return target.getRawQuery() == null ? target.getPath() : target.getRawQuery();
    }

    @Test
    void a_paused_address_is_not_let_in_again_by_claiming_another() throws Exception {
        Fixtures.Account teacher = fixtures.account(Role.TEACHER);
        String guesser = "127.0.0.51";
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            assertThat(signIn(guesser, "nobody-" + i + "-" + System.nanoTime(), "guess " + i, Map.of()))
                    .isEqualTo("error");
        }

        assertThat(signIn(
                        guesser,
                        teacher.username(),
                        Fixtures.PASSWORD,
                        Map.of("X-Forwarded-For", "10.99.0.1", "Forwarded", "for=10.98.0.1")))
                .as("the address is paused: not even the right password is checked")
                .isEqualTo("paused");
        assertThat(signIn("127.0.0.52", teacher.username(), Fixtures.PASSWORD, Map.of()))
                .as("the same account from another machine")
                .isEqualTo("/teacher");
    }

    @Test
    void a_claimed_host_or_scheme_does_not_reach_the_redirect_to_the_sign_in() throws Exception {
        LoopbackMachine visitor = new LoopbackMachine(53, port);
        for (Map<String, String> forged : java.util.List.of(
                Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443"),
                Map.of("Forwarded", "host=evil.example;proto=https"))) {
            LoopbackMachine.Reply reply = visitor.get("/teacher", forged);
            assertThat(reply.status()).isEqualTo(302);
            String location = reply.header("Location").orElseThrow();
            assertThat(location).doesNotContain("evil.example").doesNotStartWith("https:");
            URI target = URI.create("http://127.0.0.1:" + port + "/teacher").resolve(location);
            assertThat(target.getHost()).isEqualTo("127.0.0.1");
            assertThat(target.getPort()).isEqualTo(port);
            assertThat(target.getPath()).isEqualTo("/login");
        }
    }
}
