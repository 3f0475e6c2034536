package org.agora.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A student as a load run plays one: joins with the code and a name, then answers questions. */
final class Student {

    private final VaadinClient client;
    private final String name;
    private long lastSend;

    Student(HttpClient http, URI base, String name) {
        this.client = new VaadinClient(http, base);
        this.name = name;
    }

    /** Opens the join link, types the name, clicks Join; done when the lesson's first section shows. */
    void join(String code) throws IOException, InterruptedException {
        client.open("join/" + code);
        int nameField = client.node("display-name");
        client.rpc(List.of(
                client.sync(nameField, "value", name),
                client.event(nameField, "change", UidlMessage.JSON.createObjectNode())));
        client.rpc(List.of(client.click(client.node("join"))));
        if (client.read(tree -> tree.nodeOf("section-title")).isEmpty()) {
            throw new IOException("Join did not reach the lesson");
        }
        // The lesson asks for the browser's details (its time zone); a browser answers at once.
        Optional<int[]> asked = client.returnChannel("getBrowserDetailsParameters");
        if (asked.isPresent()) {
            client.rpc(List.of(client.channel(asked.get(), browserDetails())));
        }
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode browserDetails() {
        com.fasterxml.jackson.databind.node.ObjectNode details = UidlMessage.JSON.createObjectNode();
        String[][] values = {
            {"v-sw", "1920"},
            {"v-sh", "1080"},
            {"v-ww", "1280"},
            {"v-wh", "800"},
            {"v-bw", "1280"},
            {"v-bh", "800"},
            {"v-tzo", "0"},
            {"v-rtzo", "0"},
            {"v-dstd", "0"},
            {"v-dston", "false"},
            {"v-tzid", "UTC"},
            {"v-curdate", String.valueOf(System.currentTimeMillis())},
            {"v-td", "false"},
            {"v-pr", "1"},
            {"v-wn", UUID.randomUUID().toString()},
            {"v-np", "Linux x86_64"}
        };
        for (String[] value : values) {
            details.put(value[0], value[1]);
        }
        return details;
    }

    /** When the last answer's Send was clicked ({@link System#nanoTime()}). */
    long lastSend() {
        return lastSend;
    }

    /** The student's browser tab, for the scenarios that watch the screen. */
    VaadinClient tab() {
        return client;
    }

    /** Characters the server has sent this student so far. */
    long receivedChars() {
        return client.receivedChars();
    }

    /** The nodes of this student's screen by tag, most first. */
    Map<String, Long> screenNodes() {
        return client.read(NodeTree::tagCounts);
    }

    /**
     * Fills the fields of a question's card, each named by its tag (the first field of that tag
     * in the card), as the browser syncs them on {@code value-changed}, then clicks Send; returns
     * the state the screen shows afterwards.
     */
    String answer(String questionKey, Map<String, com.fasterxml.jackson.databind.JsonNode> valuesByTag)
            throws IOException, InterruptedException {
        for (var entry : valuesByTag.entrySet()) {
            int field = client.read(tree -> tree.descendantWithTag("question-" + questionKey, entry.getKey()))
                    .orElseThrow(() -> new IOException("No " + entry.getKey() + " for " + questionKey));
            if (OPTIONS.equals(entry.getKey())) {
                client.rpc(List.of(tick(field, entry.getValue().asText())));
            } else {
                client.rpc(List.of(
                        client.sync(field, "value", entry.getValue()),
                        client.event(field, "value-changed", UidlMessage.JSON.createObjectNode())));
            }
        }
        lastSend = System.nanoTime();
        client.rpc(List.of(client.click(client.node("send-" + questionKey))));
        return client.read(tree -> tree.textOf("state-" + questionKey)).orElse("");
    }

    /** Picks option {@code optionValue} (its position, from "1") of a choice question and sends it. */
    String answerChoice(String questionKey, String optionValue) throws IOException, InterruptedException {
        return answer(questionKey, Map.of(OPTIONS, com.fasterxml.jackson.databind.node.TextNode.valueOf(optionValue)));
    }

    /** The tag of a question's options: the browser's own inputs inside one fieldset. */
    static final String OPTIONS = "fieldset";

    private static final java.util.regex.Pattern OPTION_VALUE = java.util.regex.Pattern.compile(" value=\"([^\"]*)\"");

    /**
     * The change event a browser sends when the options at {@code positions} (from "1", separated
     * by spaces) are ticked: the values ticked, read from the options drawn, and the one changed,
     * under the expressions the server's listener asks for (see OptionGroup).
     */
    private ObjectNode tick(int field, String positions) throws IOException {
        String html = client.read(tree -> tree.propertyOf(field, "innerHTML"))
                .map(com.fasterxml.jackson.databind.JsonNode::asText)
                .orElseThrow(() -> new IOException("No options drawn"));
        List<String> values =
                OPTION_VALUE.matcher(html).results().map(m -> m.group(1)).toList();
        List<String> ticked = new java.util.ArrayList<>();
        for (String position : positions.trim().split(" +")) {
            ticked.add(values.get(Integer.parseInt(position) - 1));
        }
        ObjectNode data = UidlMessage.JSON.createObjectNode();
        data.put(
                "Array.from(element.querySelectorAll('input:checked'), i => i.value).join(' ')",
                String.join(" ", ticked));
        data.put("event.target.value", ticked.get(ticked.size() - 1));
        return client.event(field, "change", data);
    }
}
