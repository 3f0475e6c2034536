package org.agora.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin's protocol over plain HTTP: its own cookies, its UI's ids
 * and CSRF token, and the node tree, so a load run can play a student without a browser.
 * Not thread-safe: one student, one thread at a time.
 */
final class VaadinClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final NodeTree tree = new NodeTree();
    private int uiId;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private long receivedChars;
    private JsonNode execute = UidlMessage.JSON.createArrayNode();

    /** {@code http} is shared by many clients; the cookies are this client's own. */
    VaadinClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** Opens a UI at this route, as a browser loading the page does: init, then the router's navigation. */
    VaadinClient open(String route) throws IOException, InterruptedException {
        String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        HttpResponse<String> reply = send(HttpRequest.newBuilder(base.resolve("?v-r=init&location=" + location)).GET());
        JsonNode uidl = UidlMessage.fromInit(reply.body());
        uiId = uidl.path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asText();
        accept(uidl);
        ObjectNode data = UidlMessage.JSON.createObjectNode().put("route", route).put("query", "")
                .put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return rpc(List.of(event(1, "ui-navigate", data)));
    }

    /** Sends these invocations in one UIDL request and applies the reply. */
    VaadinClient rpc(List<ObjectNode> invocations) throws IOException, InterruptedException {
        ObjectNode message = UidlMessage.JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode list = message.putArray("rpc");
        invocations.forEach(list::add);
        message.put("syncId", syncId).put("clientId", clientId);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString()));
        JsonNode reply = UidlMessage.fromUidl(send(request).body());
        if (reply.has("meta") && reply.path("meta").has("sessionExpired")) {
            throw new IOException("Session expired");
        }
        accept(reply);
        return this;
    }

    private void accept(JsonNode message) {
        execute = message.path("execute");
        syncId = message.path("syncId").asInt(syncId);
        clientId = message.path("clientId").asInt(clientId + 1);
        tree.apply(message.get("changes"));
    }

    /** A property change of the element with this id, synced as the browser does on its event. */
    ObjectNode sync(int node, String property, String value) {
        return UidlMessage.JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property).put("value", value);
    }

    /** A property change whose value is any JSON (a checkbox group's value is an array of item keys). */
    ObjectNode sync(int node, String property, JsonNode value) {
        return UidlMessage.JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property).set("value", value);
    }

    /** A DOM event on a node. */
    ObjectNode event(int node, String name, ObjectNode data) {
        return UidlMessage.JSON.createObjectNode().put("type", "event").put("node", node).put("event", name)
                .set("data", data);
    }

    /** A mouse click on a node, with the event data a button's click listener asks for. */
    ObjectNode click(int node) {
        ObjectNode data = UidlMessage.JSON.createObjectNode();
        for (String flag : List.of("shiftKey", "metaKey", "ctrlKey", "altKey")) {
            data.put("event." + flag, false);
        }
        for (String number : List.of("detail", "clientX", "clientY", "screenX", "screenY")) {
            data.put("event." + number, 1);
        }
        data.put("event.button", 0);
        return event(node, "click", data);
    }

    /**
     * The return channel ({@code [node, channel]}) of the last reply's script containing {@code
     * scriptPart}: where a browser sends the script's result.
     */
    java.util.Optional<int[]> returnChannel(String scriptPart) {
        for (JsonNode call : execute) {
            JsonNode first = call.path(0);
            if (call.path(call.size() - 1).asText().contains(scriptPart) && first.isArray() && first.size() == 3) {
                return java.util.Optional.of(new int[] {first.path(1).asInt(), first.path(2).asInt()});
            }
        }
        return java.util.Optional.empty();
    }

    /** A script's result sent back on its return channel, as the browser does. */
    ObjectNode channel(int[] nodeAndChannel, JsonNode result) {
        ObjectNode call = UidlMessage.JSON.createObjectNode().put("type", "channel").put("node", nodeAndChannel[0])
                .put("channel", nodeAndChannel[1]);
        call.putArray("args").add(result);
        return call;
    }

    /** The node of the element with this id, or an error naming it. */
    int node(String elementId) throws IOException {
        return tree.nodeOf(elementId).orElseThrow(() -> new IOException("No element " + elementId + " on screen"));
    }

    /** Characters of all replies so far: what the server wrote for this tab. */
    long receivedChars() {
        return receivedChars;
    }

    NodeTree tree() {
        return tree;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", header.toString());
        }
        HttpResponse<String> reply = http.send(request.timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        receivedChars += reply.body().length();
        for (String set : reply.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        if (reply.statusCode() != 200) {
            throw new IOException("HTTP " + reply.statusCode() + " from " + request.build().uri().getQuery());
        }
        return reply;
    }
}
