package org.agora.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** How the load client reads Atmosphere's framing and orders messages that come by push and by reply. */
class PushMessagesTest {

    @Test
    void a_message_split_over_frames_is_read_once_whole_and_two_in_one_frame_are_both_read() {
        StringBuilder buffer = new StringBuilder("12|{\"syncId\"");
        assertThat(PushSocket.nextMessage(buffer)).as("half a message waits").isNull();
        buffer.append(":1}7|{\"a\":2}");
        assertThat(PushSocket.nextMessage(buffer)).isEqualTo("{\"syncId\":1}");
        assertThat(PushSocket.nextMessage(buffer)).isEqualTo("{\"a\":2}");
        assertThat(PushSocket.nextMessage(buffer)).isNull();
        assertThat(buffer).isEmpty();
    }

    @Test
    void text_without_a_length_is_dropped_so_the_next_message_is_read() {
        StringBuilder buffer = new StringBuilder("X|heartbeat");
        assertThat(PushSocket.nextMessage(buffer)).isNull();
        buffer.append("2|{}");
        assertThat(PushSocket.nextMessage(buffer)).isEqualTo("{}");
    }

    @Test
    void a_push_that_comes_ahead_of_its_turn_waits_for_the_one_before_it() throws Exception {
        VaadinClient tab = new VaadinClient(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:1/"));
        tab.deliver(message(0, "{\"node\":5,\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"state\"}"));
        CompletableFuture<Long> saved =
                tab.when(tree -> tree.textOf("state").orElse("").equals("Saved"));

        tab.deliver(message(2, text("Saved")));
        assertThat(state(tab)).as("message 2 waits for message 1").isEqualTo("");
        assertThat(saved.isDone()).isFalse();

        tab.deliver(message(1, text("Not sent yet")));
        assertThat(state(tab)).isEqualTo("Saved");
        assertThat(saved.isDone()).isTrue();

        tab.deliver(message(1, text("Not sent yet")));
        assertThat(state(tab)).as("a message seen twice counts once").isEqualTo("Saved");
    }

    private static String state(VaadinClient tab) {
        return tab.read(tree -> tree.textOf("state").orElse("(none)"));
    }

    private static String text(String value) {
        return "{\"node\":5,\"type\":\"put\",\"key\":\"text\",\"feat\":7,\"value\":\"" + value + "\"}";
    }

    private static JsonNode message(int syncId, String change) throws Exception {
        return UidlMessage.JSON.readTree("{\"syncId\":" + syncId + ",\"changes\":[" + change + "]}");
    }
}
