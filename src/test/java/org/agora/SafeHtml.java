package org.agora;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** Checks HTML the app hands to a browser: only the allow-listed tags, no handlers, no script links. */
public final class SafeHtml {

    /** What a section's cleaned Markdown may hold (see SectionMarkdown), and the wrapper Jsoup adds. */
    private static final Set<String> TAGS = Set.of("#root", "html", "head", "body", "em", "strong", "code", "a", "br");

    /**
     * What the app wraps around such text itself: a sentence's span, a question's options as
     * the browser's own radio buttons and checkboxes, a question's prompt, the items of an
     * ordering question with their buttons, and the cells of a row of the progress grid.
     */
    private static final Set<String> WRAPPERS =
            Set.of("span", "legend", "label", "input", "h3", "li", "button", "th", "td", "bdi");

    private SafeHtml() {}

    public static void assertSafe(String html, String input) {
        String where = "HTML " + HostileInputs.escaped(html) + " made from " + HostileInputs.escaped(input);
        for (Element e : Jsoup.parseBodyFragment(html).getAllElements()) {
            assertThat(TAGS.contains(e.tagName()) || WRAPPERS.contains(e.tagName()))
                    .as(where + ": tag " + e.tagName())
                    .isTrue();
            if (e.tagName().equals("input")) {
                assertThat(e.attr("type")).as(where).isIn("radio", "checkbox");
            }
            if (e.tagName().equals("button")) {
                assertThat(e.attr("type"))
                        .as(where + ": a button that submits nothing")
                        .isEqualTo("button");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                assertThat(name).as(where).doesNotStartWith("on");
                assertThat(value)
                        .as(where)
                        .doesNotStartWith("javascript:")
                        .doesNotStartWith("data:")
                        .doesNotStartWith("vbscript:");
            }
        }
    }
}
