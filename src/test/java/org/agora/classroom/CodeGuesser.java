package org.agora.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.agora.LoopbackMachine;
import org.agora.base.Messages;

/**
 * A script trying wrong join codes on the start page as fast as it can, speaking Vaadin's
 * protocol over HTTP from one machine. It drops its cookies every {@link JoinThrottle#PER_BROWSER}
 * tries, as a script would once its browser is refused, so only the per-address limit is left to
 * stop it. Every request carries the headers {@code headers} gives for it (none, or forged ones).
 *
 * <p>Vaadin sends only what changed: the two wrong codes take turns, so each looked-up code
 * changes the field's message, and a reply that changes nothing repeats the message before it.
 */
final class CodeGuesser {

    /** What the start page said to the tries: the code was looked up, or the client was refused unheard. */
    record Tally(int answered, int throttled) {}

    private static final List<String> WRONG_CODES = List.of("ZZZZZZ", "ZZZZZY");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GUARD = "for(;;);";

    private final LoopbackMachine machine;
    private final Supplier<Map<String, String>> headers;

    CodeGuesser(LoopbackMachine machine, Supplier<Map<String, String>> headers) {
        this.machine = machine;
        this.headers = headers;
    }

    Tally tryCodes(int tries) throws IOException {
        String throttled = Messages.english("join.code.throttled");
        int answered = 0;
        int refused = 0;
        StartPage page = null;
        String said = null;
        for (int i = 0; i < tries; i++) {
            if (i % JoinThrottle.PER_BROWSER == 0) {
                page = new StartPage();
                said = null;
            }
            String code = WRONG_CODES.get(i % 2);
            String changed = page.join(code, "Eve");
            said = changed != null ? changed : said;
            if (said == null) {
                throw new IOException("A new start page said nothing to a wrong code");
            }
            if (said.equals(Messages.english("join.code.unknown", code))) {
                answered++;
            } else if (said.equals(throttled)) {
                refused++;
            } else {
                throw new IOException("Unexpected answer to a wrong code: " + said);
            }
        }
        return new Tally(answered, refused);
    }

    /** One browser (its own server session) with the start page open. */
    private final class StartPage {

        private final String cookie;
        private final int uiId;
        private final String csrfToken;
        private final Map<String, Integer> nodes = new HashMap<>();
        private int syncId;
        private int clientId;

        StartPage() throws IOException {
            LoopbackMachine.Reply init = machine.get("/?v-r=init&location=", headers.get());
            cookie = init.headers("set-cookie").stream()
                    .map(set -> set.split(";", 2)[0])
                    .filter(pair -> pair.startsWith("JSESSIONID="))
                    .findFirst()
                    .orElseThrow(() -> new IOException("No session cookie from the init"));
            JsonNode appConfig = JSON.readTree(init.body()).path("appConfig");
            uiId = appConfig.path("v-uiId").asInt();
            JsonNode uidl = appConfig.path("uidl");
            csrfToken = uidl.path("Vaadin-Security-Key").asText();
            read(uidl);
            ObjectNode route = JSON.createObjectNode()
                    .put("route", "")
                    .put("query", "")
                    .put("appShellTitle", "")
                    .put("trigger", "");
            route.putObject("historyState").put("idx", 0);
            rpc(List.of(event(1, "ui-navigate", route)));
        }

        /** Types the code and the name, clicks Join; returns the code field's new message, null if unchanged. */
        String join(String code, String name) throws IOException {
            int codeField = node("join-code");
            int nameField = node("display-name");
            JsonNode reply = rpc(List.of(
                    sync(codeField, code),
                    event(codeField, "change", JSON.createObjectNode()),
                    sync(nameField, name),
                    event(nameField, "change", JSON.createObjectNode()),
                    click(node("join"))));
            for (JsonNode change : reply.path("changes")) {
                if (change.path("node").asInt() == codeField
                        && "errorMessage".equals(change.path("key").asText())) {
                    return change.path("value").asText();
                }
            }
            return null;
        }

        private int node(String elementId) throws IOException {
            Integer node = nodes.get(elementId);
            if (node == null) {
                throw new IOException("No element " + elementId + " on the start page");
            }
            return node;
        }

        private JsonNode rpc(List<ObjectNode> invocations) throws IOException {
            ObjectNode message = JSON.createObjectNode().put("csrfToken", csrfToken);
            ArrayNode list = message.putArray("rpc");
            invocations.forEach(list::add);
            message.put("syncId", syncId).put("clientId", clientId);
            Map<String, String> sent = new HashMap<>(headers.get());
            sent.put("Cookie", cookie);
            LoopbackMachine.Reply reply = machine.post(
                    "/?v-r=uidl&v-uiId=" + uiId, sent, "application/json; charset=UTF-8", message.toString());
            if (reply.status() != 200) {
                throw new IOException("HTTP " + reply.status() + " to a UIDL request");
            }
            String body = reply.body().startsWith(GUARD) ? reply.body().substring(GUARD.length()) : reply.body();
            JsonNode answer = JSON.readTree(body).path(0);
            if (answer.path("syncId").asInt(-1) != syncId + 1) {
                throw new IOException("The server did not take the message: " + body);
            }
            read(answer);
            return answer;
        }

        private void read(JsonNode message) {
            syncId = message.path("syncId").asInt(syncId);
            clientId = message.path("clientId").asInt(clientId);
            for (JsonNode change : message.path("changes")) {
                if ("id".equals(change.path("key").asText()) && change.has("value")) {
                    nodes.put(change.path("value").asText(), change.path("node").asInt());
                }
            }
        }
    }

    private static ObjectNode sync(int node, String value) {
        return JSON.createObjectNode()
                .put("type", "mSync")
                .put("node", node)
                .put("feature", 1)
                .put("property", "value")
                .put("value", value);
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        return JSON.createObjectNode()
                .put("type", "event")
                .put("node", node)
                .put("event", name)
                .set("data", data);
    }

    private static ObjectNode click(int node) {
        ObjectNode data = JSON.createObjectNode();
        for (String flag : List.of("shiftKey", "metaKey", "ctrlKey", "altKey")) {
            data.put("event." + flag, false);
        }
        for (String number : List.of("detail", "clientX", "clientY", "screenX", "screenY")) {
            data.put("event." + number, 1);
        }
        data.put("event.button", 0);
        return event(node, "click", data);
    }
}
