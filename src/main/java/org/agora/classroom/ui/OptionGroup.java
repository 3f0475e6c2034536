package org.agora.classroom.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Options a student chooses from, drawn as the browser's own radio buttons or checkboxes inside
 * one element with one listener, not as a component per option: a question holds two nodes
 * however many options it has. The browser sends the values ticked after every change; values
 * that are not options are ignored.
 */
@Tag("fieldset")
class OptionGroup extends Component {

    /** One choice, or any number up to a limit. */
    enum Kind {
        ONE("radio"),
        ANY("checkbox");

        private final String inputType;

        Kind(String inputType) {
            this.inputType = inputType;
        }
    }

    /** What the browser sends: the values ticked, separated by spaces. */
    static final String TICKED = "Array.from(element.querySelectorAll('input:checked'), i => i.value).join(' ')";

    /** The value whose input the student just changed, so that focus stays on it after a redraw. */
    static final String CHANGED = "event.target.value";

    record Option(String value, String label) {}

    private final Kind kind;
    private final String name;
    private final String legend;
    private List<Option> options;
    private final Set<String> ticked = new LinkedHashSet<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean readOnly;
    private int limit = Integer.MAX_VALUE;
    /** The browser's ticks may differ from the last drawn HTML since the student changed them. */
    private boolean changedInBrowser;

    /**
     * @param name the name the inputs share in the page (a radio group is one name), also the
     *     element's id
     */
    OptionGroup(Kind kind, String name, String legend, List<Option> options) {
        this.kind = kind;
        this.name = name;
        this.legend = legend;
        this.options = List.copyOf(options);
        setId(name);
        addClassName("agora-options");
        getElement()
                .addEventListener(
                        "change",
                        e -> changed(
                                e.getEventData().getString(TICKED),
                                e.getEventData().getString(CHANGED)))
                .addEventData(TICKED)
                .addEventData(CHANGED);
        draw();
    }

    /** The values ticked, in the options' order. */
    List<String> value() {
        return options.stream().map(Option::value).filter(ticked::contains).toList();
    }

    void setValue(Collection<String> values) {
        ticked.clear();
        options.stream()
                .map(Option::value)
                .filter(values::contains)
                .limit(limit)
                .forEach(ticked::add);
        draw();
    }

    void setOptions(List<Option> options) {
        this.options = List.copyOf(options);
        ticked.retainAll(options.stream().map(Option::value).toList());
        draw();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        draw();
    }

    /** At most {@code limit} may be ticked: once reached, the others wait until one is unticked. */
    void setLimit(int limit) {
        this.limit = limit;
        draw();
    }

    /** Called after each change the student makes in the browser. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed(String sent, String changedValue) {
        if (readOnly) {
            changedInBrowser = true;
            draw();
            return;
        }
        boolean wasFull = full();
        List<String> values =
                List.of(sent.isBlank() ? new String[0] : sent.trim().split(" +"));
        ticked.clear();
        options.stream()
                .map(Option::value)
                .filter(values::contains)
                .limit(kind == Kind.ONE ? 1 : limit)
                .forEach(ticked::add);
        // The browser shows the ticks already; it gets new HTML only when other options wait or come back.
        changedInBrowser = true;
        if (wasFull != full() && draw() && changedValue != null) {
            getElement()
                    .executeJs(
                            "const changed = Array.from(this.querySelectorAll('input')).find(i => i.value === $0);"
                                    + " if (changed) changed.focus();",
                            changedValue);
        }
        listeners.forEach(Runnable::run);
    }

    /** A screen shown again gets the element anew: it must carry the ticks of now. */
    @Override
    protected void onAttach(AttachEvent attach) {
        if (changedInBrowser) {
            getElement().setProperty("innerHTML", html());
            changedInBrowser = false;
        }
    }

    private boolean full() {
        return kind == Kind.ANY && ticked.size() >= limit;
    }

    /**
     * Draws the options as they stand here; returns whether the browser gets new HTML. When the
     * HTML is what the browser was last sent but the student has changed the ticks since, the
     * ticks are set in the browser instead.
     */
    private boolean draw() {
        String html = html();
        if (!html.equals(getElement().getProperty("innerHTML"))) {
            getElement().setProperty("innerHTML", html);
            changedInBrowser = false;
            return true;
        }
        if (changedInBrowser) {
            getElement()
                    .executeJs(
                            "const ticked = $0.split(' ');"
                                    + " this.querySelectorAll('input').forEach(i => i.checked = ticked.includes(i.value));",
                            String.join(" ", ticked));
            changedInBrowser = false;
        }
        return false;
    }

    private String html() {
        StringBuilder html = new StringBuilder();
        html.append("<legend>").append(Entities.escape(legend)).append("</legend>");
        boolean full = full();
        for (Option option : options) {
            boolean on = ticked.contains(option.value());
            boolean off = readOnly || (full && !on);
            html.append("<label class=\"agora-option\"><input type=\"")
                    .append(kind.inputType)
                    .append("\" name=\"")
                    .append(Entities.escape(name))
                    .append("\" value=\"")
                    .append(Entities.escape(option.value()))
                    .append('"')
                    .append(on ? " checked" : "")
                    .append(off ? " disabled" : "")
                    .append("><span>")
                    .append(Entities.escape(option.label()))
                    .append("</span></label>");
        }
        return html.toString();
    }
}
