package org.agora.dashboard.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.agora.dashboard.OpinionShift;
import org.agora.dashboard.QuestionResult;
import org.agora.dashboard.QuestionResult.Bar;
import org.agora.dashboard.ResultsService.SessionResults;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.SentenceContent;
import org.agora.lesson.QuestionType;

/**
 * The class's results drawn as bars on the server (no chart library): the opinion shift, then
 * each question in lesson order. A card is redrawn only when its figures change.
 */
class ResultsPanel extends Div {

    private final Div shift = new Div();
    private final Div questions = new Div();
    private final Map<String, QuestionResult> shown = new HashMap<>();
    private final Map<String, Div> cards = new LinkedHashMap<>();
    private OpinionShift shownShift;
    private final Div article = new Div();
    private Map<String, List<Integer>> shownCitations;

    ResultsPanel() {
        setId("results");
        addClassName("agora-results");
        shift.setId("opinion-shift");
        shift.addClassName("agora-result");
        questions.addClassName("agora-result-grid");
        article.setId("cited-article");
        article.addClassName("agora-result");
        add(new H3(getTranslation("results.title")), shift, questions, article);
    }

    void show(SessionResults results, LessonContent content) {
        if (!results.shift().equals(shownShift)) {
            shownShift = results.shift();
            drawShift(results.shift());
        }
        for (QuestionResult result : results.questions()) {
            if (result.type().isPoll() || result.equals(shown.get(result.key()))) {
                continue;
            }
            shown.put(result.key(), result);
            Div card = cards.computeIfAbsent(result.key(), key -> {
                Div c = new Div();
                c.setId("results-" + key);
                c.addClassName("agora-result");
                questions.add(c);
                return c;
            });
            draw(card, result, content);
        }
        if (!results.citations().equals(shownCitations)) {
            shownCitations = results.citations();
            drawArticle(results.citations(), content);
        }
    }

    private void drawShift(OpinionShift s) {
        shift.removeAll();
        shift.add(new H4(getTranslation("results.shift.title")));
        shift.add(new Paragraph(getTranslation("results.shift.before")), stanceBars(s.before()));
        shift.add(new Paragraph(getTranslation("results.shift.after")), stanceBars(s.after()));
        Paragraph summary = new Paragraph(getTranslation("results.shift.summary", s.towardAgree(),
                s.towardDisagree(), s.unchanged()));
        summary.setId("shift-summary");
        shift.add(summary);
        if (!s.moves().isEmpty()) {
            UnorderedList moves = new UnorderedList();
            moves.addClassName("agora-moves");
            for (OpinionShift.Move m : s.moves()) {
                moves.add(new ListItem(getTranslation("results.shift.move", m.displayName(), stance(m.from()),
                        stance(m.to()))));
            }
            shift.add(moves);
        }
    }

    private void draw(Div card, QuestionResult r, LessonContent content) {
        card.removeAll();
        Span key = new Span(r.key());
        key.addClassName("agora-kind");
        card.add(key, new H4(r.prompt()));
        Paragraph figures = new Paragraph(r.shareRight() == null
                ? getTranslation("results.answered", r.answered())
                : getTranslation("results.answered-right", r.answered(), Math.round(100 * r.shareRight())));
        figures.setId("share-" + r.key());
        card.add(figures);
        card.setClassName("agora-result-empty", r.answered() == 0);
        if (r.answered() == 0) {
            return;
        }
        if (r.mostChosenWrong() != null) {
            Paragraph wrong = new Paragraph(getTranslation("results.most-chosen-wrong", r.mostChosenWrong()));
            wrong.setId("wrong-" + r.key());
            wrong.addClassName("agora-most-wrong");
            card.add(wrong);
        }
        if (!r.bars().isEmpty()) {
            card.add(bars(r.bars(), r.answered()));
            int listed = r.bars().stream().mapToInt(Bar::count).sum();
            if (r.type() != QuestionType.MULTIPLE_CHOICE && listed < r.answered()) {
                card.add(new Paragraph(getTranslation("results.more", r.answered() - listed)));
            }
        }
        if (!r.stances().isEmpty()) {
            card.add(stanceBars(r.stances()));
        }
        if (!r.citations().isEmpty()) {
            card.add(new Paragraph(getTranslation("results.cited")), citations(r.citations(), content));
        }
    }

    private UnorderedList bars(List<Bar> bars, int answered) {
        UnorderedList list = new UnorderedList();
        list.addClassName("agora-bars");
        for (Bar bar : bars) {
            list.add(bar(bar.label(), bar.count(), answered, bar.right()));
        }
        return list;
    }

    /** Stances as one bar split by the five points of the scale, with the counts as text beside it. */
    private Div stanceBars(List<Integer> stances) {
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
    private ListItem bar(String label, int count, int total, boolean right) {
        Span name = new Span(label);
        name.addClassName("agora-bar-label");
        Div fill = new Div();
        fill.addClassName("agora-bar-fill");
        fill.getStyle().set("width", (total == 0 ? 0 : 100 * count / total) + "%");
        Div track = new Div(fill);
        track.addClassName("agora-bar-track");
        track.getElement().setAttribute("aria-hidden", "true");
        Span figure = new Span(getTranslation("results.count", count, total));
        figure.addClassName("agora-bar-count");
        ListItem item = new ListItem(name, track, figure);
        item.addClassName("agora-bar");
        if (right) {
            item.addClassName("agora-bar-right");
            Span mark = new Span(" " + getTranslation("results.right-mark"));
            mark.addClassName("agora-right-mark");
            name.add(mark);
        }
        return item;
    }

    /** The cited sentences, most cited first, with how often each stance cited them. */
    private UnorderedList citations(Map<String, List<Integer>> cited, LessonContent content) {
        Map<String, String> texts = new HashMap<>();
        content.sections().forEach(section -> section.sentences()
                .forEach(s -> texts.put(s.key(), s.text())));
        UnorderedList list = new UnorderedList();
        list.addClassName("agora-citations-list");
        cited.entrySet().stream().sorted((a, b) -> Integer.compare(sum(b.getValue()), sum(a.getValue())))
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
    String byStance(List<Integer> perStance) {
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < perStance.size(); i++) {
            if (perStance.get(i) > 0) {
                parts.append(parts.length() == 0 ? "" : ", ").append(stance(i + 1)).append(' ')
                        .append(perStance.get(i));
            }
        }
        return getTranslation("results.cited-by", sum(perStance), parts.toString());
    }

    static int sum(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    private String stance(int point) {
        return getTranslation("stance." + point);
    }

    /** The article itself, each cited sentence marked with how often each stance cited it. */
    private void drawArticle(Map<String, List<Integer>> cited, LessonContent content) {
        article.removeAll();
        article.add(new H4(getTranslation("results.article.title")));
        if (cited.isEmpty()) {
            article.add(new Paragraph(getTranslation("results.article.none")));
            return;
        }
        for (var section : content.sections()) {
            Div text = new Div();
            text.addClassName("agora-cited-section");
            text.add(new Paragraph(section.title()));
            for (List<SentenceContent> paragraph : section.paragraphs()) {
                Paragraph p = new Paragraph();
                for (SentenceContent sentence : paragraph) {
                    Span s = new Span(sentence.text() + " ");
                    List<Integer> perStance = cited.get(sentence.key());
                    if (perStance != null) {
                        s.addClassName("agora-cited");
                        s.setId("cited-" + sentence.key());
                        Span by = new Span(byStance(perStance));
                        by.addClassName("agora-cited-by");
                        s.add(by, new Span(" "));
                    }
                    p.add(s);
                }
                text.add(p);
            }
            article.add(text);
        }
    }
}
