package org.agora.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.classroom.Pacing;
import org.agora.classroom.ProjectorChoice;
import org.agora.classroom.ProjectorMode;
import org.agora.classroom.SessionSummary;
import org.agora.dashboard.OpinionShift;
import org.agora.dashboard.QuestionResult;
import org.agora.dashboard.ResultsService.SessionResults;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.LessonContent.SentenceContent;
import org.agora.lesson.QuestionType;

/**
 * The class's results drawn as bars on the server (no chart library), grouped as the lesson
 * runs: before reading, each section, after reading. In a live session the section opened last
 * comes first and the sections not opened yet are folded. A card is redrawn only when its
 * figures change, and stays in its group.
 */
class ResultsPanel extends Div {

    private static final String BEFORE = "results-before";
    private static final String AFTER = "results-after";

    private final Div groupsBox = new Div();
    /** The groups in lesson order, by id. */
    private final Map<String, ResultsGroup> groups = new LinkedHashMap<>();

    private final Div before = new Div();
    private final Div shift = new Div();
    private final Map<String, QuestionResult> shown = new HashMap<>();
    private final Map<String, Div> cards = new HashMap<>();
    private final Map<String, Div> articles = new HashMap<>();
    private final Map<String, Map<String, List<Integer>>> shownCitations = new HashMap<>();
    private OpinionShift shownShift;
    private List<ResultsGroup> order = List.of();
    private final ProjectorPicker projector;
    private final AcceptAnswerButtons.Accept accept;

    /**
     * Each card gets a "Show on projector" button from {@code projector}; a short-text card's wrong
     * answers get "Accept this answer too", done by {@code accept}.
     */
    ResultsPanel(ProjectorPicker projector, AcceptAnswerButtons.Accept accept) {
        this.projector = projector;
        this.accept = accept;
        setId("results");
        addClassName("agora-results");
        before.setId("poll-before-result");
        before.addClassName("agora-result");
        shift.setId("opinion-shift");
        shift.addClassName("agora-result");
        add(new H3(getTranslation("results.title")), groupsBox);
    }

    void show(SessionResults results, LessonContent content) {
        if (groups.isEmpty()) {
            build(content);
        }
        if (!results.shift().equals(shownShift)) {
            shownShift = results.shift();
            Charts.shift(shift, results.shift(), true);
            shift.add(projector.button(ProjectorChoice.of(ProjectorMode.SHIFT), "project-shift"));
            before.removeAll();
            before.add(
                    new H4(getTranslation("results.shift.before")),
                    Charts.stanceBars(results.shift().before()));
        }
        for (QuestionResult result : results.questions()) {
            if (result.type().isPoll() || result.equals(shown.get(result.key()))) {
                continue;
            }
            shown.put(result.key(), result);
            Div card = card(result.key(), content);
            Charts.result(card, result, content);
            card.add(projector.button(ProjectorChoice.results(result.key()), "project-" + result.key()));
            if (AcceptAnswerButtons.offeredFor(result)) {
                card.add(new AcceptAnswerButtons(result, accept));
            }
            if (result.type() == QuestionType.DEBATE) {
                showCitations(result, content);
            }
        }
        fold(results.session(), content);
    }

    private void build(LessonContent content) {
        if (content.pollBefore() != null) {
            ResultsGroup group = new ResultsGroup(BEFORE, getTranslation("results.group.before"));
            group.cards().add(before);
            groups.put(BEFORE, group);
        }
        for (int i = 0; i < content.sections().size(); i++) {
            String id = sectionId(i);
            groups.put(
                    id,
                    new ResultsGroup(
                            id,
                            getTranslation(
                                    "results.group.section",
                                    i + 1,
                                    content.sections().get(i).title())));
        }
        if (content.pollAfter() != null) {
            ResultsGroup group = new ResultsGroup(AFTER, getTranslation("results.group.after"));
            group.cards().add(shift);
            groups.put(AFTER, group);
        }
    }

    /** The card of one question, made empty in its section's group the first time. */
    private Div card(String key, LessonContent content) {
        return cards.computeIfAbsent(key, k -> {
            Div card = new Div();
            card.setId("results-" + k);
            card.addClassName("agora-result");
            group(k, content).cards().add(card);
            return card;
        });
    }

    private ResultsGroup group(String questionKey, LessonContent content) {
        return content.sectionOf(questionKey)
                .map(section -> groups.get(sectionId(content.sections().indexOf(section))))
                .orElseThrow();
    }

    /** In a live session: open what is opened, fold the rest, and put the section opened last first. */
    private void fold(SessionSummary session, LessonContent content) {
        boolean live = session.pacing() == Pacing.LIVE;
        int open = live ? session.openSections() : content.sections().size();
        String current = live ? (open == 0 ? BEFORE : sectionId(open - 1)) : null;
        for (int i = 0; i < content.sections().size(); i++) {
            groups.get(sectionId(i)).showOpened(i < open);
        }
        if (groups.containsKey(BEFORE)) {
            groups.get(BEFORE).showOpened(true);
        }
        if (groups.containsKey(AFTER)) {
            groups.get(AFTER).showOpened(open >= content.sections().size());
        }
        List<ResultsGroup> wanted = new ArrayList<>();
        if (current != null && groups.containsKey(current)) {
            wanted.add(groups.get(current));
        }
        groups.values().stream().filter(g -> !wanted.contains(g)).forEach(wanted::add);
        if (!wanted.equals(order)) {
            order = wanted;
            groupsBox.removeAll();
            wanted.forEach(groupsBox::add);
        }
    }

    /** One debate question's section of the article, each sentence it cited marked with how each stance cited it. */
    private void showCitations(QuestionResult result, LessonContent content) {
        Map<String, List<Integer>> cited = result.citations();
        if (cited.equals(shownCitations.get(result.key()))) {
            return;
        }
        shownCitations.put(result.key(), cited);
        Div article = articles.computeIfAbsent(result.key(), key -> {
            Div a = new Div();
            a.setId("cited-article-" + key);
            a.addClassNames("agora-result", "agora-cited-article");
            group(key, content).articles().add(a);
            return a;
        });
        article.removeAll();
        article.setVisible(!cited.isEmpty());
        SectionContent section = content.sectionOf(result.key()).orElse(null);
        if (cited.isEmpty() || section == null) {
            return;
        }
        article.add(new H4(getTranslation("results.article.title", result.prompt())));
        for (var paragraph : section.paragraphs()) {
            Paragraph p = new Paragraph();
            for (SentenceContent sentence : paragraph.sentences()) {
                Span s = new Span(sentence.text() + " ");
                List<Integer> perStance = cited.get(sentence.key());
                if (perStance != null) {
                    s.addClassName("agora-cited");
                    s.setId("cited-" + result.key() + "-" + sentence.key());
                    Span by = new Span(Charts.byStance(perStance));
                    by.addClassName("agora-cited-by");
                    s.add(by, new Span(" "));
                }
                p.add(s);
            }
            article.add(p);
        }
    }

    /** The id of the group of the section at {@code index} (from 0), numbered from 1 as the teacher reads it. */
    private static String sectionId(int index) {
        return "results-section-" + (index + 1);
    }
}
