package org.agora.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Reads Vaadin's replies: the init JSON and the UIDL responses, which start with {@code for(;;);[}. */
final class UidlMessage {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String GUARD = "for(;;);";

    private UidlMessage() {}

    /** The {@code uidl} object inside an init reply, with its UI id copied in as {@code v-uiId}. */
    static JsonNode fromInit(String body) throws IOException {
        JsonNode appConfig = JSON.readTree(body).path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        if (!uidl.isObject()) {
            throw new IOException("No uidl in the init reply");
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) uidl).set("v-uiId", appConfig.path("v-uiId"));
        return uidl;
    }

    /** The one message of a UIDL reply. */
    static JsonNode fromUidl(String body) throws IOException {
        String json = body.startsWith(GUARD) ? body.substring(GUARD.length()) : body;
        JsonNode array = JSON.readTree(json);
        if (!array.isArray() || array.isEmpty()) {
            throw new IOException("Not a UIDL reply: " + json.substring(0, Math.min(80, json.length())));
        }
        return array.get(0);
    }
}
