package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Component;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.lesson.LessonContent.OptionContent;

/** What a student does with a question's options in the browser, and what the browser shows of them. */
final class Ticks {

    private static final Pattern INPUT = Pattern.compile(
            "<input type=\"(?:radio|checkbox)\" name=\"[^\"]*\" value=\"([^\"]*)\"( checked)?( disabled)?><span>([^<]*)</span>");

    private Ticks() {}

    /** The first option group inside {@code within}. */
    static OptionGroup group(Component within) {
        return _find(within, OptionGroup.class).get(0);
    }

    /** Ticks exactly {@code values} as the browser would report after the student's change. */
    static void tick(OptionGroup group, String... values) {
        JsonObject data = Json.createObject();
        data.put(OptionGroup.TICKED, String.join(" ", values));
        data.put(OptionGroup.CHANGED, values.length == 0 ? "" : values[values.length - 1]);
        BasicUtilsKt._fireDomEvent(group, "change", data);
    }

    static void tick(Component within, String... values) {
        tick(group(within), values);
    }

    /** Ticks the right options of a choice question, or a wrong one. */
    static void tickRight(Component within, List<OptionContent> options, boolean right) {
        List<String> values = options.stream()
                .filter(o -> o.correct() == right)
                .map(o -> String.valueOf(o.id()))
                .toList();
        tick(within, right ? values.toArray(String[]::new) : new String[] {values.get(0)});
    }

    /** One option as the browser draws it. */
    record Shown(String value, String label, boolean ticked, boolean disabled) {}

    static List<Shown> shown(OptionGroup group) {
        Matcher input = INPUT.matcher(group.getElement().getProperty("innerHTML", ""));
        List<Shown> all = new ArrayList<>();
        while (input.find()) {
            all.add(new Shown(input.group(1), input.group(4), input.group(2) != null, input.group(3) != null));
        }
        return all;
    }

    /** Opens the first native details element inside {@code within}, as a click on its summary does. */
    static void open(Component within) {
        com.vaadin.flow.component.html.NativeDetails details = _find(
                        within, com.vaadin.flow.component.html.NativeDetails.class)
                .get(0);
        details.setOpen(true);
        BasicUtilsKt._fireDomEvent(details, "toggle", Json.createObject());
    }

    static List<Shown> shown(Component within) {
        return shown(group(within));
    }
}
