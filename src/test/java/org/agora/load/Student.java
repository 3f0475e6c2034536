package org.agora.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;

/** A student as a load run plays one: joins with the code and a name, then answers questions. */
final class Student {

    private final VaadinClient client;
    private final String name;

    Student(HttpClient http, URI base, String name) {
        this.client = new VaadinClient(http, base);
        this.name = name;
    }

    /** Opens the join link, types the name, clicks Join; done when the lesson's first section shows. */
    void join(String code) throws IOException, InterruptedException {
        client.open("join/" + code);
        int nameField = client.node("display-name");
        client.rpc(List.of(client.sync(nameField, "value", name),
                client.event(nameField, "change", UidlMessage.JSON.createObjectNode())));
        client.rpc(List.of(client.click(client.node("join"))));
        if (client.tree().nodeOf("section-title").isEmpty()) {
            throw new IOException("Join did not reach the lesson");
        }
    }

    /** Characters the server has sent this student so far. */
    long receivedChars() {
        return client.receivedChars();
    }

    /** The nodes of this student's screen by tag, most first. */
    java.util.Map<String, Long> screenNodes() {
        return client.tree().tagCounts();
    }

    /**
     * Picks option {@code optionValue} of a choice question and sends it; returns the state the
     * screen shows afterwards (e.g. "Correct"), which says the answer was stored.
     */
    String answerChoice(String questionKey, String optionValue) throws IOException, InterruptedException {
        int group = client.tree().childWithTag("question-" + questionKey, "vaadin-radio-group")
                .orElseThrow(() -> new IOException("No choice for " + questionKey));
        client.rpc(List.of(client.sync(group, "value", optionValue),
                client.event(group, "value-changed", UidlMessage.JSON.createObjectNode())));
        client.rpc(List.of(client.click(client.node("send-" + questionKey))));
        return client.tree().textOf("state-" + questionKey).orElse("");
    }
}
