package org.agora.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import org.agora.dashboard.SessionProgress;

/**
 * Which students the dashboard draws: a page of {@link #PAGE} at a time, of those whose name
 * holds what the teacher typed. A class of a thousand is not sent to the browser whole; a class
 * of thirty fits on one page and shows no pager. The grid and the student list both draw this
 * window's rows.
 */
class StudentWindow extends Div {

    static final int PAGE = 50;

    private final TextField find = new TextField();
    private final Span range = new Span();
    private final Button previous = new Button(getTranslation("window.previous"));
    private final Button next = new Button(getTranslation("window.next"));
    private final Div pager = new Div(previous, range, next);
    private int first;
    private String filter = "";
    private int matching;

    /** {@code moved} redraws what shows the window, after the teacher paged or typed a name. */
    StudentWindow(Runnable moved) {
        setId("student-window");
        addClassName("agora-student-window");
        find.setId("find-student");
        find.setLabel(getTranslation("window.find"));
        find.setClearButtonVisible(true);
        find.setMaxLength(100);
        find.setValueChangeMode(ValueChangeMode.LAZY);
        find.addValueChangeListener(typed -> {
            filter = typed.getValue().strip().toLowerCase(Locale.ROOT);
            first = 0;
            moved.run();
        });
        range.setId("student-range");
        previous.setId("previous-students");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        previous.addClickListener(click -> {
            first = Math.max(0, first - PAGE);
            moved.run();
        });
        next.setId("next-students");
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        next.addClickListener(click -> {
            first += PAGE;
            moved.run();
        });
        pager.addClassName("agora-pager");
        pager.getElement().setAttribute("role", "group");
        pager.getElement().setAttribute("aria-label", getTranslation("window.pages"));
        add(find, pager);
        setVisible(false);
    }

    /**
     * The rows of {@code all} in the window now, in their order; the pager says which they are.
     * A window past the end (students left) moves back to the last page.
     */
    List<SessionProgress.Row> of(List<SessionProgress.Row> all) {
        List<SessionProgress.Row> found =
                filter.isEmpty() ? all : all.stream().filter(this::matches).toList();
        matching = found.size();
        if (first >= matching) {
            first = Math.max(0, (matching - 1) / PAGE * PAGE);
        }
        int last = Math.min(matching, first + PAGE);
        setVisible(all.size() > PAGE || !filter.isEmpty());
        pager.setVisible(matching > PAGE);
        range.setText(
                matching == 0
                        ? getTranslation("window.none")
                        : getTranslation("window.range", first + 1, last, matching));
        previous.setEnabled(first > 0);
        next.setEnabled(last < matching);
        return found.subList(first, last);
    }

    private boolean matches(SessionProgress.Row row) {
        return row.displayName().toLowerCase(Locale.ROOT).contains(filter);
    }
}
