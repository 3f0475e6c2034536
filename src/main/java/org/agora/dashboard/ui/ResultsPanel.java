package org.agora.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.dashboard.OpinionShift;
import org.agora.dashboard.QuestionResult;
import org.agora.dashboard.ResultsService.SessionResults;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.SentenceContent;

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
    private final AcceptAnswerButtons.Accept accept;

    ResultsPanel(AcceptAnswerButtons.Accept accept) {
        this.accept = accept;
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
            Charts.shift(shift, results.shift(), true);
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
            Charts.result(card, result, content);
            if (AcceptAnswerButtons.offeredFor(result)) {
                card.add(new AcceptAnswerButtons(result, accept));
            }
        }
        if (!results.citations().equals(shownCitations)) {
            shownCitations = results.citations();
            drawArticle(results.citations(), content);
        }
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
            for (var paragraph : section.paragraphs()) {
                Paragraph p = new Paragraph();
                for (SentenceContent sentence : paragraph.sentences()) {
                    Span s = new Span(sentence.text() + " ");
                    List<Integer> perStance = cited.get(sentence.key());
                    if (perStance != null) {
                        s.addClassName("agora-cited");
                        s.setId("cited-" + sentence.key());
                        Span by = new Span(Charts.byStance(perStance));
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
