package org.agora.base.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that a person typed (a student's name, answer or argument, a session's title), shown
 * direction-isolated: an Arabic or Hebrew name keeps to itself and leaves the order of the
 * text around it alone, and a right-to-left argument is laid out right to left.
 */
public final class OwnText {

    /** Marks a typed value among the arguments of {@link #sentence}. */
    public record Typed(String text) {}

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern PLACE = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    private OwnText() {}

    /** A span of its own, with the direction taken from the text. */
    public static Span span(String text) {
        return isolate(new Span(text == null ? "" : text));
    }

    /** The same, for an element built by hand (a table cell's content). */
    public static Element element(String text) {
        return new Element("bdi").setText(text == null ? "" : text);
    }

    /** Lets {@code component} take its direction from its own text (or value, for a field). */
    public static <C extends HasElement> C isolate(C component) {
        component.getElement().setAttribute("dir", "auto");
        return component;
    }

    /**
     * For a text field or text area: its native input takes its direction from what is typed in
     * it. The field's own element cannot do that (a value is not text the browser looks at), and
     * the input is made by the field in the browser, so a script marks it once it exists.
     */
    public static <C extends HasElement> C isolateInput(C field) {
        field.getElement()
                .addAttachListener(attach -> field.getElement()
                        .executeJs("const host = this; let tries = 0;"
                                + " const mark = () => { const input = host.querySelector('textarea, input');"
                                + " if (input) { input.setAttribute('dir', 'auto'); }"
                                + " else if (tries++ < 50) { requestAnimationFrame(mark); } };"
                                + " mark();"));
        return isolate(field);
    }

    /**
     * The same for a plain string (an attribute, a dialog's title, a button's label): the text
     * between Unicode's first-strong isolate and pop-directional isolate.
     */
    public static String plain(String text) {
        return "\u2068" + (text == null ? "" : text) + "\u2069";
    }

    /** A typed value for {@link #sentence}. */
    public static Typed typed(String text) {
        return new Typed(text == null ? "" : text);
    }

    /**
     * The translation of {@code key} with its arguments, in which every {@link Typed} argument is
     * a span of its own, so that it cannot pull the words around it into its direction.
     */
    public static Span sentence(String key, Object... args) {
        Object[] marked = args.clone();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] instanceof Typed) {
                marked[i] = OPEN + String.valueOf(i) + CLOSE;
            }
        }
        Span sentence = new Span();
        String text = translate(key, marked);
        Matcher place = PLACE.matcher(text);
        int from = 0;
        while (place.find()) {
            if (place.start() > from) {
                sentence.getElement().appendChild(Element.createText(text.substring(from, place.start())));
            }
            sentence.add(span(((Typed) args[Integer.parseInt(place.group(1))]).text()));
            from = place.end();
        }
        if (from < text.length()) {
            sentence.getElement().appendChild(Element.createText(text.substring(from)));
        }
        return sentence;
    }
}
