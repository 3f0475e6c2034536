package org.agora.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The load client reads Vaadin's replies as the app sends them: replies captured from the
 * running app (the init of the join link, then the start page's navigation) give the ids,
 * counters and the components by their element ids, and later changes keep the tree current.
 */
class VaadinMessagesTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = VaadinMessagesTest.class.getResourceAsStream("/load/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void initGivesTheUiItsTokenAndCounters() throws IOException {
        JsonNode init = UidlMessage.fromInit(resource("init.json"));

        assertThat(init.path("v-uiId").asInt()).isZero();
        assertThat(init.path("Vaadin-Security-Key").asText()).hasSize(36);
        assertThat(init.path("syncId").asInt()).isZero();
        assertThat(init.path("changes").size()).isEqualTo(17);
    }

    @Test
    void theStartPageIsFoundByElementIds() throws IOException {
        JsonNode reply = UidlMessage.fromUidl(resource("start-page.uidl"));
        NodeTree tree = new NodeTree();
        tree.apply(reply.get("changes"));

        assertThat(reply.path("syncId").asInt()).isEqualTo(1);
        assertThat(reply.path("clientId").asInt()).isEqualTo(1);
        assertThat(tree.nodeOf("join")).contains(8);
        assertThat(tree.nodeOf("display-name")).contains(9);
        assertThat(tree.textOf("join")).contains("Join");
        assertThat(tree.property("display-name", "label").map(JsonNode::asText)).contains("Your name");
        assertThat(tree.nodeOf("section-title")).isEmpty();
    }

    @Test
    void laterChangesUpdateTextAndRemoveNodes() throws IOException {
        NodeTree tree = new NodeTree();
        tree.apply(UidlMessage.fromUidl(resource("start-page.uidl")).get("changes"));

        tree.apply(UidlMessage.fromUidl("for(;;);[{\"syncId\":2,\"clientId\":2,\"changes\":["
                        + "{\"node\":7,\"type\":\"put\",\"key\":\"text\",\"feat\":7,\"value\":\"Joining\"},"
                        + "{\"node\":9,\"type\":\"detach\"}]}]")
                .get("changes"));
        assertThat(tree.textOf("join")).contains("Joining");
        assertThat(tree.nodeOf("display-name")).isEmpty();

        tree.apply(UidlMessage.JSON.readTree("[{\"node\":8,\"type\":\"splice\",\"feat\":2,\"index\":0,\"remove\":1}]"));
        assertThat(tree.textOf("join")).contains("");
    }

    @Test
    void percentilesAreNearestRank() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.record(ms);
        }
        latencies.fail("timeout");

        assertThat(latencies.percentile(50)).isEqualTo(50);
        assertThat(latencies.percentile(95)).isEqualTo(95);
        assertThat(latencies.percentile(99)).isEqualTo(99);
        assertThat(latencies.percentile(100)).isEqualTo(100);
        assertThat(latencies.row("x")).isEqualTo("| x | 100 | 1 | 50 | 95 | 99 | 100 |");
    }
}
