package org.agora.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;

/** The teacher as a load run plays one: signs in, keeps the class's dashboard open on its push connection. */
final class Teacher implements AutoCloseable {

    private final VaadinClient client;
    private PushSocket push;

    Teacher(HttpClient http, URI base) {
        this.client = new VaadinClient(http, base);
    }

    /** Signs in through the sign-in form, opens the dashboard of session {@code sessionId} and its push connection. */
    Teacher openDashboard(String username, String password, long sessionId) throws IOException, InterruptedException {
        if (!client.postForm("login", Map.of("username", username, "password", password))) {
            throw new IOException("Sign-in refused");
        }
        client.open("teacher/sessions/" + sessionId);
        client.node("answer-count");
        push = client.openPush();
        return this;
    }

    /** The answers the dashboard shows as stored now (-1 if it shows no number). */
    static int answersShown(NodeTree screen) {
        String text = screen.textOf("answer-count").orElse("").replaceAll("[^0-9]", "");
        return text.isEmpty() ? -1 : Integer.parseInt(text);
    }

    VaadinClient tab() {
        return client;
    }

    /** Clicks a button of the dashboard, e.g. "lock-answers". */
    void click(String buttonId) throws IOException, InterruptedException {
        client.rpc(List.of(client.click(client.node(buttonId))));
    }

    @Override
    public void close() {
        if (push != null) {
            push.close();
        }
    }
}
