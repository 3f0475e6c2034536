package org.agora.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of a Vaadin UI's state tree a load client needs: each node's element id, its
 * properties and text, and its children, kept up to date from the {@code changes} of each
 * response so that components can be found by their stable ids.
 */
final class NodeTree {

    /** Vaadin's node features used here (see Flow's NodeFeatures). */
    private static final int ELEMENT_DATA = 0;

    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, Integer> byId = new HashMap<>();

    private static final class Node {
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        String text;
    }

    /** Applies one response's {@code changes} array. */
    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, k -> new Node());
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(id, node, feature, change);
                case "splice" -> splice(node, feature, change);
                case "clear" -> {
                    if (feature == CHILDREN) {
                        node.children.clear();
                    }
                }
                default -> {}
            }
        }
    }

    private void put(int id, Node node, int feature, JsonNode change) {
        String key = change.path("key").asText();
        JsonNode value = change.get("value");
        if (feature == ATTRIBUTES && value != null) {
            node.attributes.put(key, value.asText());
            if ("id".equals(key)) {
                byId.put(value.asText(), id);
            }
        } else if (feature == TEXT && "text".equals(key) && value != null) {
            node.text = value.asText();
        } else if ((feature == PROPERTIES || feature == ELEMENT_DATA) && value != null) {
            node.properties.put(key, value);
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        if (feature != CHILDREN) {
            return;
        }
        int index = Math.min(change.path("index").asInt(), node.children.size());
        int remove = Math.min(change.path("remove").asInt(0), node.children.size() - index);
        for (int i = 0; i < remove; i++) {
            node.children.remove(index);
        }
        JsonNode added = change.get("addNodes");
        if (added != null) {
            List<Integer> ids = new ArrayList<>();
            added.forEach(n -> ids.add(n.asInt()));
            node.children.addAll(index, ids);
        }
    }

    /** The node number of the element with this id attribute. */
    Optional<Integer> nodeOf(String elementId) {
        Integer id = byId.get(elementId);
        return id != null && nodes.containsKey(id) ? Optional.of(id) : Optional.empty();
    }

    /** The text of the element with this id: its text nodes, depth first. */
    Optional<String> textOf(String elementId) {
        return nodeOf(elementId).map(id -> {
            StringBuilder text = new StringBuilder();
            collectText(id, text, 0);
            return text.toString();
        });
    }

    private void collectText(int id, StringBuilder text, int depth) {
        Node node = nodes.get(id);
        if (node == null || depth > 50) {
            return;
        }
        if (node.text != null) {
            text.append(node.text);
        }
        node.children.forEach(child -> collectText(child, text, depth + 1));
    }

    /** A property (or the tag) of the element with this id. */
    Optional<JsonNode> property(String elementId, String name) {
        return nodeOf(elementId).map(nodes::get).map(n -> n.properties.get(name));
    }

    /** An attribute of the element with this id, as a link's {@code href}. */
    Optional<String> attribute(String elementId, String name) {
        return nodeOf(elementId).map(nodes::get).map(n -> n.attributes.get(name));
    }

    /** A property of node {@code id}. */
    Optional<JsonNode> propertyOf(int id, String name) {
        return Optional.ofNullable(nodes.get(id)).map(n -> n.properties.get(name));
    }

    /** The first element with this tag under the element with this id, depth first: a field inside a card. */
    Optional<Integer> descendantWithTag(String elementId, String tag) {
        return nodeOf(elementId).flatMap(id -> descendantWithTag(id, tag, 0));
    }

    private Optional<Integer> descendantWithTag(int id, String tag, int depth) {
        Node node = nodes.get(id);
        if (node == null || depth > 50) {
            return Optional.empty();
        }
        for (int child : node.children) {
            if (tag.equals(tagOf(child))) {
                return Optional.of(child);
            }
            Optional<Integer> deeper = descendantWithTag(child, tag, depth + 1);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    private String tagOf(int id) {
        Node node = nodes.get(id);
        JsonNode tag = node == null ? null : node.properties.get("tag");
        return tag == null ? null : tag.asText();
    }

    int size() {
        return nodes.size();
    }

    /** How many nodes of each tag the screen holds, most first (text nodes count as "#text"). */
    Map<String, Long> tagCounts() {
        Map<String, Long> counts = new HashMap<>();
        nodes.forEach(
                (id, node) -> counts.merge(node.text != null ? "#text" : String.valueOf(tagOf(id)), 1L, Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
