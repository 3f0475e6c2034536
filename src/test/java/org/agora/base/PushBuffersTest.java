package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PushBuffersTest {

    private final String before = System.getProperty(PushBuffers.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(PushBuffers.PROPERTY);
        } else {
            System.setProperty(PushBuffers.PROPERTY, before);
        }
    }

    @Test
    void websocket_buffers_are_made_small_unless_the_operator_chose_a_size() {
        System.clearProperty(PushBuffers.PROPERTY);
        PushBuffers.keepSmall();
        assertThat(System.getProperty(PushBuffers.PROPERTY)).isEqualTo("1024");

        System.setProperty(PushBuffers.PROPERTY, "4096");
        PushBuffers.keepSmall();
        assertThat(System.getProperty(PushBuffers.PROPERTY)).isEqualTo("4096");
    }
}
