package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;

/**
 * The sizes each new push websocket takes for what the browser sends, once Atmosphere has
 * configured the refusal after Vaadin's own settings (16 KiB each). The socket's own limit is seen
 * from the outside in {@code PushSocketMessageTest}; the heap per student in the load harness.
 */
class PushSocketBuffersTest {

    @Test
    void the_refusal_makes_every_incoming_buffer_of_a_push_socket_one_kibibyte() {
        Framework framework = new Framework();
        for (String size : new String[] {
            ApplicationConfig.WEBSOCKET_BUFFER_SIZE,
            ApplicationConfig.WEBSOCKET_MAXTEXTSIZE,
            ApplicationConfig.WEBSOCKET_MAXBINARYSIZE
        }) {
            framework.addInitParameter(size, "16384");
        }

        new PushMessageRefusal().configure(framework.getAtmosphereConfig());

        assertThat(framework.parameters())
                .containsEntry(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, "1024")
                .containsEntry(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, "1024")
                .containsEntry(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, "1024");
    }

    /** The parameters Atmosphere hands each new websocket before those of the servlet. */
    private static final class Framework extends AtmosphereFramework {
        java.util.Map<String, String> parameters() {
            return initParams;
        }
    }
}
