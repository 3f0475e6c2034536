package org.agora.lesson.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.lesson.LessonContent.ParagraphContent;
import org.agora.lesson.LessonContent.SentenceContent;
import org.agora.lesson.LessonDraft;
import org.agora.lesson.LessonDraft.SectionDraft;
import org.agora.lesson.LessonFile.OptionDoc;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.agora.lesson.SectionMarkdown;
import org.agora.lesson.SectionText;

/**
 * The lesson as a student will read it: each section's text with its formatting, then its
 * questions with their choices. Nothing can be answered here; right answers are marked for
 * the author.
 */
class LessonPreview extends Div {

    LessonPreview(LessonDraft draft) {
        setId("lesson-preview");
        addClassName("agora-lesson-preview");
        // Nothing in the preview takes the focus; keyboard users scroll it by focusing it.
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("editor.preview.title"));
        add(new H2(draft.details().title()));
        if (draft.poll() != null
                && draft.poll().prompt() != null
                && !draft.poll().prompt().isBlank()) {
            add(question(
                    getTranslation("question.kind.poll_before"), draft.poll().prompt()));
        }
        for (SectionDraft section : draft.sections()) {
            add(section(section));
        }
    }

    private Div section(SectionDraft section) {
        Div box = new Div(new H3(section.title()));
        box.addClassName("agora-preview-section");
        List<ParagraphContent> paragraphs = section.sentences().stream()
                .map(p -> new ParagraphContent(
                        SectionMarkdown.kind(p.get(0).text()),
                        p.stream()
                                .map(s -> SentenceContent.of(s.id(), s.text()))
                                .toList()))
                .toList();
        // Rendered from Markdown and cleaned with the allow-list, as on the students' screen.
        SectionText.render(box, paragraphs, SentenceContent::html);
        Map<String, String> texts = new HashMap<>();
        section.sentences().stream()
                .flatMap(List::stream)
                .forEach(s -> texts.put(s.id(), SectionMarkdown.plain(s.text())));
        for (QuestionDoc q : section.questions()) {
            box.add(question(q, texts));
        }
        return box;
    }

    private Div question(String kind, String prompt) {
        Div card = new Div(new Span(kind), new Paragraph(prompt));
        card.addClassName("agora-preview-question");
        return card;
    }

    private Div question(QuestionDoc q, Map<String, String> sentenceTexts) {
        Div card = question(getTranslation("question.kind." + q.type().toLowerCase(Locale.ROOT)), q.prompt());
        UnorderedList choices = new UnorderedList();
        if (q.options() != null) {
            for (OptionDoc o : q.options()) {
                choices.add(new ListItem(o.text() + (o.correct() ? " " + getTranslation("editor.preview.right") : "")));
            }
        }
        if (q.items() != null) {
            q.items().forEach(item -> choices.add(new ListItem(item)));
        }
        if (q.answer() != null) {
            choices.add(new ListItem(getTranslation(q.answer() ? "editor.true" : "editor.false") + " "
                    + getTranslation("editor.preview.right")));
        }
        if (q.accepted() != null) {
            q.accepted().forEach(a -> choices.add(new ListItem(a + " " + getTranslation("editor.preview.right"))));
        }
        if (q.sentences() != null && !q.sentences().isEmpty()) {
            q.sentences()
                    .forEach(k -> choices.add(
                            new ListItem(getTranslation("editor.preview.evidence", sentenceTexts.getOrDefault(k, k)))));
        }
        if (choices.getChildren().findAny().isPresent()) {
            card.add(choices);
        }
        return card;
    }
}
