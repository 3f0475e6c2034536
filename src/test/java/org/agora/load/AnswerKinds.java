package org.agora.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;

/**
 * The answers a load run sends: one question of each kind the demo lesson's first section asks,
 * with what a student would put in each field (choices by their position in the list).
 */
final class AnswerKinds {

    /** A question and its fields' values by tag. */
    record Kind(String name, String questionKey, Map<String, JsonNode> values) {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    static final List<Kind> ALL = List.of(
            new Kind("single choice", "s1-q1", Map.of(Student.OPTIONS, JSON.textNode("1"))),
            new Kind("multiple choice", "s1-q2", Map.of(Student.OPTIONS, JSON.textNode("1 3"))),
            new Kind("true/false", "s1-q3", Map.of(Student.OPTIONS, JSON.textNode("2"))),
            new Kind("short text", "s1-q4", Map.of("vaadin-text-field", JSON.textNode("Astana"))),
            new Kind(
                    "debate",
                    "s1-d1",
                    Map.of(
                            Student.OPTIONS,
                            JSON.textNode("4"),
                            "vaadin-text-area",
                            JSON.textNode("Kazakhstan talks with both sides, so both can trust the venue."))));

    private AnswerKinds() {}
}
