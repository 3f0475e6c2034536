package org.agora.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One browser tab speaking Vaadin's protocol over plain HTTP: its own cookies, its UI's ids
 * and CSRF token, and the node tree, so a load run can play a student without a browser.
 * One thread acts at a time; a push connection may deliver messages meanwhile, so the screen is
 * read and changed under this object's lock.
 */
final class VaadinClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private NodeTree tree = new NodeTree();
    private int uiId;
    private String csrfToken;
    private int syncId = -1;
    private int clientId;
    private String pushId;
    /** Messages that came ahead of their turn (push and replies race), by syncId. */
    private final Map<Integer, JsonNode> early = new HashMap<>();

    private final List<Watch> watches = new ArrayList<>();
    private BiConsumer<Long, NodeTree> observer = (at, screen) -> {};

    private record Watch(Predicate<NodeTree> condition, CompletableFuture<Long> met) {}

    private long receivedChars;
    private JsonNode execute = UidlMessage.JSON.createArrayNode();

    /** {@code http} is shared by many clients; the cookies are this client's own. */
    VaadinClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** Another tab of the same browser: a client with this one's cookies and a UI of its own. */
    synchronized VaadinClient sameSession() {
        VaadinClient tab = new VaadinClient(http, base);
        tab.cookies.putAll(cookies);
        return tab;
    }

    /** Opens a UI at this route, as a browser loading the page does: init, then the router's navigation. */
    VaadinClient open(String route) throws IOException, InterruptedException {
        String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        newPage();
        HttpResponse<String> reply = send(HttpRequest.newBuilder(base.resolve("?v-r=init&location=" + location))
                .GET());
        JsonNode uidl = UidlMessage.fromInit(reply.body());
        uiId = uidl.path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asText();
        pushId = uidl.path("Vaadin-Push-ID").asText();
        deliver(uidl);
        ObjectNode data = UidlMessage.JSON
                .createObjectNode()
                .put("route", route)
                .put("query", "")
                .put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return rpc(List.of(event(1, "ui-navigate", data)));
    }

    /** A page loaded in this tab starts a new UI: its nodes and message numbers start afresh. */
    private synchronized void newPage() {
        tree = new NodeTree();
        syncId = -1;
        clientId = 0;
        early.clear();
    }

    /** Sends these invocations in one UIDL request and applies the reply (after any push that came before it). */
    VaadinClient rpc(List<ObjectNode> invocations) throws IOException, InterruptedException {
        return rpc(invocations, "");
    }

    /** As {@link #rpc(List)}, with more parameters after the UIDL address's own (a hostile client's trick). */
    VaadinClient rpc(List<ObjectNode> invocations, String extraQuery) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId + extraQuery))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message(invocations)));
        JsonNode reply = UidlMessage.fromUidl(send(request).body());
        if (reply.has("meta") && reply.path("meta").has("sessionExpired")) {
            throw new IOException("Session expired");
        }
        deliver(reply);
        awaitApplied(reply.path("syncId").asInt(-1));
        return this;
    }

    /** The text of a Vaadin message carrying these invocations, as the next one this tab sends. */
    String message(List<ObjectNode> invocations) {
        ObjectNode message = UidlMessage.JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode list = message.putArray("rpc");
        invocations.forEach(list::add);
        synchronized (this) {
            message.put("syncId", Math.max(syncId, 0)).put("clientId", clientId);
        }
        return message.toString();
    }

    /** A message from the server, by reply or by push: applied in syncId order, as Vaadin's client does. */
    synchronized void deliver(JsonNode message) {
        int id = message.path("syncId").asInt(-1);
        if (id >= 0 && syncId >= 0) {
            if (id <= syncId) {
                return;
            }
            if (id > syncId + 1) {
                early.put(id, message);
                return;
            }
        }
        apply(message);
        for (JsonNode next = early.remove(syncId + 1); next != null; next = early.remove(syncId + 1)) {
            apply(next);
        }
        long now = System.nanoTime();
        watches.removeIf(watch -> watch.condition().test(tree) && watch.met().complete(now));
        observer.accept(now, tree);
        notifyAll();
    }

    private synchronized void awaitApplied(int id) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (id >= 0 && syncId < id) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IOException("Reply " + id + " waited for a push that never came");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private void apply(JsonNode message) {
        execute = message.path("execute");
        syncId = message.path("syncId").asInt(syncId);
        if (message.has("clientId")) {
            clientId = message.path("clientId").asInt();
        }
        tree.apply(message.get("changes"));
    }

    /** Completes with the {@link System#nanoTime()} at which the screen first met the condition. */
    synchronized CompletableFuture<Long> when(Predicate<NodeTree> condition) {
        CompletableFuture<Long> met = new CompletableFuture<>();
        if (condition.test(tree)) {
            met.complete(System.nanoTime());
        } else {
            watches.add(new Watch(condition, met));
        }
        return met;
    }

    /** Called with the time and the screen after every message applied (one observer per tab). */
    synchronized void observe(BiConsumer<Long, NodeTree> observer) {
        this.observer = observer;
        observer.accept(System.nanoTime(), tree);
    }

    /** Reads the screen while no message is being applied. */
    synchronized <T> T read(Function<NodeTree, T> reading) {
        return reading.apply(tree);
    }

    /** Opens this tab's push connection (a websocket), as the browser does after the first page. */
    PushSocket openPush() {
        String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true";
        URI uri = URI.create("ws://" + base.getAuthority() + "/VAADIN/push?" + query);
        try {
            return PushSocket.open(http, uri, cookieHeader(), this::deliver);
        } catch (IllegalStateException refused) {
            // Vaadin's client reconnects when a connection fails; once under a heavy load, the JDK's
            // client found a "101 Switching Protocols" answer wanting.
            System.err.println("A push connection failed, tried again: " + refused.getMessage());
            return PushSocket.open(http, uri, cookieHeader(), this::deliver);
        }
    }

    /** A property change of the element with this id, synced as the browser does on its event. */
    ObjectNode sync(int node, String property, String value) {
        return UidlMessage.JSON
                .createObjectNode()
                .put("type", "mSync")
                .put("node", node)
                .put("feature", 1)
                .put("property", property)
                .put("value", value);
    }

    /** A property change whose value is any JSON (a checkbox group's value is an array of item keys). */
    ObjectNode sync(int node, String property, JsonNode value) {
        return UidlMessage.JSON
                .createObjectNode()
                .put("type", "mSync")
                .put("node", node)
                .put("feature", 1)
                .put("property", property)
                .set("value", value);
    }

    /** A DOM event on a node. */
    ObjectNode event(int node, String name, ObjectNode data) {
        return UidlMessage.JSON
                .createObjectNode()
                .put("type", "event")
                .put("node", node)
                .put("event", name)
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
    Optional<int[]> returnChannel(String scriptPart) {
        for (JsonNode call : execute) {
            JsonNode first = call.path(0);
            if (call.path(call.size() - 1).asText().contains(scriptPart) && first.isArray() && first.size() == 3) {
                return Optional.of(
                        new int[] {first.path(1).asInt(), first.path(2).asInt()});
            }
        }
        return Optional.empty();
    }

    /** A script's result sent back on its return channel, as the browser does. */
    ObjectNode channel(int[] nodeAndChannel, JsonNode result) {
        ObjectNode call = UidlMessage.JSON
                .createObjectNode()
                .put("type", "channel")
                .put("node", nodeAndChannel[0])
                .put("channel", nodeAndChannel[1]);
        call.putArray("args").add(result);
        return call;
    }

    /** The node of the element with this id, or an error naming it. */
    synchronized int node(String elementId) throws IOException {
        return tree.nodeOf(elementId).orElseThrow(() -> new IOException("No element " + elementId + " on screen"));
    }

    /** Characters of all replies so far: what the server wrote for this tab. */
    long receivedChars() {
        return receivedChars;
    }

    private synchronized String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ")
                .append(k)
                .append('=')
                .append(v));
        return header.toString();
    }

    /** A form posted as a browser posts one (the sign-in), with its page's CSRF token; answers whether it was taken. */
    boolean postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        // The form's page carries the CSRF token the post must send, as the browser's form does.
        String page = send(HttpRequest.newBuilder(base.resolve(path)).GET()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(page);
        Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
        if (token.find()) {
            withToken.put("_csrf", token.group(1));
        }
        StringBuilder body = new StringBuilder();
        withToken.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        HttpResponse<String> reply = send(request, true);
        // A refused sign-in is sent back to the sign-in page.
        return reply.statusCode() == 302
                && !reply.headers().firstValue("Location").orElse("").contains("/login");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request, false);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean redirectAllowed)
            throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        HttpResponse<String> reply =
                http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        receivedChars += reply.body().length();
        for (String set : reply.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                synchronized (this) {
                    cookies.put(
                            pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        if (reply.statusCode() != 200 && !(redirectAllowed && reply.statusCode() == 302)) {
            throw new IOException("HTTP " + reply.statusCode() + " from "
                    + request.build().uri().getQuery());
        }
        return reply;
    }
}
