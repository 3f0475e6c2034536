package org.agora.dashboard.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.base.ui.OwnText;
import org.agora.dashboard.OpinionShift;
import org.agora.dashboard.QuestionResult;
import org.agora.dashboard.QuestionResult.Bar;
import org.agora.dashboard.QuestionResult.Tries;
import org.agora.dashboard.QuestionResult.Wrong;
import org.agora.lesson.LessonContent;
import org.agora.lesson.QuestionNumber;
import org.agora.lesson.QuestionType;

/** Results drawn as HTML bars on the server, for the dashboard and the projector alike. */
final class Charts {

    private static final String FIRST_STRONG_ISOLATE = "\u2068";
    private static final String POP_ISOLATE = "\u2069";

    private Charts() {}

    /** The opinion shift; the projector leaves out who moved. */
    static void shift(Div shift, OpinionShift s, boolean withNames) {
        shift.removeAll();
        shift.add(new H4(translate("results.shift.title")));
        shift.add(new Paragraph(translate("results.shift.before")), stanceBars(s.before()));
        shift.add(new Paragraph(translate("results.shift.after")), stanceBars(s.after()));
        Paragraph summary =
                new Paragraph(translate("results.shift.summary", s.towardAgree(), s.towardDisagree(), s.unchanged()));
        summary.setId("shift-summary");
        shift.add(summary);
        if (withNames && !s.moves().isEmpty()) {
            UnorderedList moves = new UnorderedList();
            moves.addClassName("agora-moves");
            for (OpinionShift.Move m : s.moves()) {
                moves.add(new ListItem(OwnText.sentence(
                        "results.shift.move", OwnText.typed(m.displayName()), stance(m.from()), stance(m.to()))));
            }
            shift.add(moves);
        }
    }

    /** One question's card: figures, most chosen wrong answer, bars, stances and cited sentences. */
    static void result(Div card, QuestionResult r, LessonContent content) {
        card.removeAll();
        String number = QuestionNumber.of(content, r.key());
        Span key = new Span(number == null ? r.key() : translate("results.question", number));
        key.addClassName("agora-kind");
        card.add(key, new H4(r.prompt()));
        boolean retried = r.retried() && r.right() != null;
        Paragraph figures = new Paragraph(
                r.shareRight() == null
                        ? translate("results.answered", r.answered())
                        : translate(
                                retried ? "results.latest.answered-right" : "results.answered-right",
                                r.answered(),
                                Math.round(100 * r.shareRight())));
        figures.setId("share-" + r.key());
        card.add(figures);
        card.setClassName("agora-result-empty", r.answered() == 0);
        if (r.answered() == 0) {
            return;
        }
        if (r.mostChosenWrong() != null) {
            Paragraph wrong = new Paragraph(wrong(
                    retried ? "results.latest.most-chosen-wrong" : "results.most-chosen-wrong",
                    r.mostChosenWrong(),
                    r.type()));
            wrong.setId("wrong-" + r.key());
            wrong.addClassName("agora-most-wrong");
            card.add(wrong);
        }
        if (retried) {
            card.add(firstTries(r));
        }
        if (!r.bars().isEmpty()) {
            card.add(bars(r.bars(), r.answered()));
            int listed = r.bars().stream().mapToInt(Bar::count).sum();
            if (r.type() != QuestionType.MULTIPLE_CHOICE && listed < r.answered()) {
                card.add(new Paragraph(translate("results.more", r.answered() - listed)));
            }
        }
        if (!r.stances().isEmpty()) {
            card.add(stanceBars(r.stances()));
        }
        if (!r.citations().isEmpty()) {
            card.add(new Paragraph(translate("results.cited")), citations(r.citations(), content));
        }
    }

    /** For example "First tries: 1 of 3 right; most chosen wrong on first try: Nazarbayev, 2". */
    private static Paragraph firstTries(QuestionResult r) {
        Tries first = r.firstTries();
        String text = translate("results.first", first.right(), first.answered());
        if (first.mostChosenWrong() != null) {
            text = translate(
                    "results.first.with-wrong",
                    text,
                    wrong("results.first.most-chosen-wrong", first.mostChosenWrong(), r.type()));
        }
        Paragraph line = new Paragraph(text);
        line.setId("first-" + r.key());
        line.addClassName("agora-first-tries");
        return line;
    }

    /**
     * The wrong answers tied at the top, named together: "A and B, 2 each". Answers students
     * typed are set apart in their own direction (Unicode isolates), as a right-to-left answer
     * would otherwise reorder the sentence around it.
     */
    private static String wrong(String key, Wrong wrong, QuestionType type) {
        List<String> labels = type == QuestionType.SHORT_TEXT
                ? wrong.labels().stream()
                        .map(l -> FIRST_STRONG_ISOLATE + l + POP_ISOLATE)
                        .toList()
                : wrong.labels();
        if (labels.size() == 1) {
            return translate(key, labels.get(0), wrong.count());
        }
        String names = translate(
                "results.names",
                String.join(", ", labels.subList(0, labels.size() - 1)),
                labels.get(labels.size() - 1));
        return translate(key + ".tied", names, wrong.count());
    }

    static UnorderedList bars(List<Bar> bars, int answered) {
        UnorderedList list = new UnorderedList();
        list.addClassName("agora-bars");
        for (Bar bar : bars) {
            list.add(bar(bar.label(), bar.count(), answered, bar.right()));
        }
        return list;
    }

    /** Stances as one bar split by the five points of the scale, with the counts as text beside it. */
    static Div stanceBars(List<Integer> stances) {
        int total = stances.stream().mapToInt(Integer::intValue).sum();
        Div stack = new Div();
        stack.addClassName("agora-stack");
        stack.getElement().setAttribute("aria-hidden", "true");
        Div legend = new Div();
        legend.addClassName("agora-stack-legend");
        for (int i = 0; i < stances.size(); i++) {
            int count = stances.get(i);
            if (total > 0 && count > 0) {
                Div part = new Div();
                part.addClassNames("agora-stack-part", "agora-stance-" + (i + 1));
                part.getStyle().set("width", (100.0 * count / total) + "%");
                stack.add(part);
            }
            Span entry = new Span(stance(i + 1) + " " + count);
            entry.addClassNames("agora-stack-entry", "agora-stance-" + (i + 1));
            legend.add(entry);
        }
        Div both = new Div(stack, legend);
        both.addClassName("agora-stance-bars");
        return both;
    }

    /** One bar: its label, a track filled in proportion, and the count out of the total. */
    static ListItem bar(String label, int count, int total, boolean right) {
        Span name = new Span(label);
        name.getElement().setAttribute("dir", "auto");
        name.addClassName("agora-bar-label");
        Div fill = new Div();
        fill.addClassName("agora-bar-fill");
        fill.getStyle().set("width", (total == 0 ? 0 : 100 * count / total) + "%");
        Div track = new Div(fill);
        track.addClassName("agora-bar-track");
        track.getElement().setAttribute("aria-hidden", "true");
        Span figure = new Span(translate("results.count", count, total));
        figure.addClassName("agora-bar-count");
        ListItem item = new ListItem(name, track, figure);
        item.addClassName("agora-bar");
        if (right) {
            item.addClassName("agora-bar-right");
            Span mark = new Span(" " + translate("results.right-mark"));
            mark.addClassName("agora-right-mark");
            name.add(mark);
        }
        return item;
    }

    /** The cited sentences, most cited first, with how often each stance cited them. */
    static UnorderedList citations(Map<String, List<Integer>> cited, LessonContent content) {
        Map<String, String> texts = new HashMap<>();
        content.sections().forEach(section -> section.sentences().forEach(s -> texts.put(s.key(), s.text())));
        UnorderedList list = new UnorderedList();
        list.addClassName("agora-citations-list");
        cited.entrySet().stream()
                .sorted((a, b) -> Integer.compare(sum(b.getValue()), sum(a.getValue())))
                .forEach(e -> {
                    ListItem item = new ListItem(new Span(texts.getOrDefault(e.getKey(), e.getKey())));
                    Span by = new Span(" " + byStance(e.getValue()));
                    by.addClassName("agora-cited-by");
                    item.add(by);
                    item.getElement().setAttribute("data-sentence", e.getKey());
                    list.add(item);
                });
        return list;
    }

    /** For example "(cited 3 times: Agree 2, Disagree 1)". */
    static String byStance(List<Integer> perStance) {
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < perStance.size(); i++) {
            if (perStance.get(i) > 0) {
                parts.append(parts.length() == 0 ? "" : ", ")
                        .append(stance(i + 1))
                        .append(' ')
                        .append(perStance.get(i));
            }
        }
        return translate("results.cited-by", sum(perStance), parts.toString());
    }

    static int sum(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    static String stance(int point) {
        return translate("stance." + point);
    }
}
