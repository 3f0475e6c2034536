package org.agora.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The teacher as a load run plays one: signs in, keeps the class's dashboard open on its push connection. */
final class Teacher implements AutoCloseable {

    private final VaadinClient client;
    private PushSocket push;

    Teacher(HttpClient http, URI base) {
        this.client = new VaadinClient(http, base);
    }

    /**
     * Signs in through the sign-in form, replaces the password if it was chosen for this account
     * (as the first sign-in must), opens the dashboard of session {@code sessionId} and its push
     * connection.
     */
    Teacher openDashboard(String username, String password, long sessionId) throws IOException, InterruptedException {
        if (!client.postForm("login", Map.of("username", username, "password", password))) {
            throw new IOException("Sign-in refused");
        }
        replaceGivenPassword(password);
        client.open("teacher/sessions/" + sessionId);
        client.node("answer-count");
        push = client.openPush();
        return this;
    }

    /**
     * Signs in as {@link #openDashboard} does, then creates a live-paced class of the bundled
     * lesson with the new-session dialog, as a teacher starting a lesson would, and stays on its
     * dashboard with the push connection open. Returns the class's join code.
     */
    String openNewLiveClass(String username, String password) throws IOException, InterruptedException {
        if (!client.postForm("login", Map.of("username", username, "password", password))) {
            throw new IOException("Sign-in refused");
        }
        replaceGivenPassword(password);
        client.open("teacher");
        client.rpc(List.of(client.click(client.node("new-session"))));
        int title = client.node("session-title");
        client.rpc(List.of(
                client.sync(title, "value", "Live class"),
                client.event(title, "change", UidlMessage.JSON.createObjectNode())));
        client.rpc(List.of(client.click(client.node("create-session"))));
        String code = client.read(tree -> tree.textOf("session-code")).orElse("");
        if (code.isEmpty()) {
            throw new IOException("The new class's dashboard did not open");
        }
        if (!client.read(tree -> tree.textOf("pacing-state")).orElse("").startsWith("Live: no section")) {
            throw new IOException("The new class is not live with no section open");
        }
        push = client.openPush();
        return code;
    }

    /** On "My password": when it asks for a password of one's own, gives one. */
    private void replaceGivenPassword(String given) throws IOException, InterruptedException {
        client.open("account/password");
        if (client.read(tree -> tree.textOf("must-change")).orElse("").isEmpty()) {
            return;
        }
        String own = given + " of my own";
        List<ObjectNode> typing = new ArrayList<>();
        for (String field : List.of("current-password", "new-password", "repeat-password")) {
            int node = client.node(field);
            typing.add(client.sync(node, "value", field.equals("current-password") ? given : own));
            typing.add(client.event(node, "change", UidlMessage.JSON.createObjectNode()));
        }
        client.rpc(typing);
        client.rpc(List.of(client.click(client.node("change-password"))));
        if (client.read(tree -> tree.nodeOf("new-session")).isEmpty()) {
            throw new IOException("The new password was refused");
        }
    }

    /** The answers the dashboard shows as stored now (-1 if it shows no number). */
    static int answersShown(NodeTree screen) {
        String text = screen.textOf("answer-count").orElse("").replaceAll("[^0-9]", "");
        return text.isEmpty() ? -1 : Integer.parseInt(text);
    }

    /**
     * Opens the dashboard this teacher is on in a new tab of the same browser, as a teacher
     * coming back to it does, and returns what that first load cost: milliseconds from the
     * page's request until its last reply, and the characters the server wrote.
     */
    FirstLoad openDashboardAgain() throws IOException, InterruptedException {
        String review = client.read(tree -> tree.attribute("open-review", "href"))
                .orElseThrow(() -> new IOException("The dashboard shows no review link"));
        String route = review.substring(0, review.length() - "/review".length());
        VaadinClient tab = client.sameSession();
        long start = System.nanoTime();
        tab.open(route);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (tab.read(tree -> tree.nodeOf("progress-grid")).isEmpty()) {
            throw new IOException("The dashboard opened again without its grid");
        }
        return new FirstLoad(millis, tab.receivedChars());
    }

    /** What opening the dashboard cost: its time and the characters of its replies. */
    record FirstLoad(long millis, long chars) {}

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
