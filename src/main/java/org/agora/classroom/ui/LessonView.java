package org.agora.classroom.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.agora.classroom.AnswerService;
import org.agora.classroom.SavedAnswer;
import org.agora.classroom.StudentPlace;
import org.agora.classroom.StudentService;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.LessonContent.SentenceContent;

/**
 * The student's lesson: one section of the article at a time with its questions. Everything
 * shown is rebuilt from the database, so a reload or a restart returns to the same place.
 */
@Route("lesson")
@PageTitle("Lesson · Agora")
@AnonymousAllowed
public class LessonView extends Main implements BeforeEnterObserver {

    private final StudentService students;
    private final AnswerService answers;
    private final LessonCatalog lessons;
    private final Header header = new Header();
    private final Article article = new Article();
    private final Div questions = new Div();
    private final Nav pager = new Nav();
    private final Paragraph endOfLesson = new Paragraph();
    /** The latest stored answer of each question, kept current as the student sends. */
    private final java.util.Map<String, SavedAnswer> answered = new java.util.HashMap<>();

    private String token;
    private StudentPlace place;
    private LessonContent content;
    private int sectionIndex;

    public LessonView(StudentService students, AnswerService answers, LessonCatalog lessons) {
        this.students = students;
        this.answers = answers;
        this.lessons = lessons;
        addClassName("agora-lesson");
        header.addClassName("agora-lesson-header");
        article.addClassName("agora-article");
        questions.addClassName("agora-questions");
        pager.addClassName("agora-pager");
        pager.getElement().setAttribute("aria-label", "Sections");
        add(header, article, questions, pager);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = ResumeCookie.read().orElse(null);
        place = token == null ? null : students.resume(token).orElse(null);
        if (place == null) {
            event.forwardTo(StartView.class);
            return;
        }
        content = lessons.content(place.revisionId());
        sectionIndex = Math.min(place.currentSection(), content.sections().size() - 1);
        answered.putAll(place.answers());
        renderHeader();
        renderSection();
    }

    private void renderHeader() {
        header.removeAll();
        Span lesson = new Span(content.title());
        lesson.addClassName("agora-lesson-title");
        Span who = new Span(place.displayName() + " · " + place.sessionTitle());
        who.setId("student-name");
        who.addClassName("agora-who");
        header.add(lesson, who);
        if (!place.open()) {
            Paragraph closed = new Paragraph("This class session is closed. Your answers are kept; "
                    + "no new answers are taken.");
            closed.setId("session-closed");
            closed.addClassName("agora-banner");
            header.add(closed);
        }
    }

    private void renderSection() {
        SectionContent section = content.sections().get(sectionIndex);
        article.removeAll();
        Span position = new Span("Section " + (sectionIndex + 1) + " of " + content.sections().size());
        position.addClassName("agora-section-position");
        H2 title = new H2(section.title());
        title.setId("section-title");
        title.getElement().setAttribute("tabindex", "-1");
        article.add(position, title);
        for (List<SentenceContent> paragraph : section.paragraphs()) {
            Paragraph p = new Paragraph();
            for (SentenceContent sentence : paragraph) {
                Span s = new Span(sentence.text() + " ");
                s.getElement().setAttribute("data-sentence", sentence.key());
                p.add(s);
            }
            article.add(p);
        }
        Paragraph source = new Paragraph(content.source().line() + " " + nullToEmpty(content.source().note()));
        source.addClassName("agora-source");
        article.add(source);

        questions.removeAll();
        if (sectionIndex == 0 && content.pollBefore() != null) {
            questions.add(card(content.pollBefore(), null));
        }
        if (!section.questions().isEmpty()) {
            H2 heading = new H2("Questions");
            heading.addClassName("agora-questions-heading");
            questions.add(heading);
        }
        section.questions().forEach(q -> questions.add(card(q, section)));
        if (sectionIndex == content.sections().size() - 1) {
            if (content.pollAfter() != null) {
                questions.add(card(content.pollAfter(), null));
            }
            updateEndOfLesson();
            questions.add(endOfLesson);
        }
        renderPager();
    }

    /** The last section ends with how much of the lesson this student has answered. */
    private void updateEndOfLesson() {
        long total = content.allQuestions().size();
        long done = content.allQuestions().stream().filter(q -> answered.containsKey(q.key())).count();
        endOfLesson.setText("This is the end of the lesson. You have answered " + done + " of " + total
                + " questions" + (done < total ? "; go back to any section to answer the rest." : ". Well done.")
                + shift());
        endOfLesson.setId("end-of-lesson");
        endOfLesson.addClassName("agora-end");
    }

    /** The student's own opinion shift, once both polls are answered. */
    private String shift() {
        if (content.pollBefore() == null || content.pollAfter() == null) {
            return "";
        }
        SavedAnswer before = answered.get(content.pollBefore().key());
        SavedAnswer after = answered.get(content.pollAfter().key());
        if (before == null || after == null) {
            return "";
        }
        int from = before.input().stance();
        int to = after.input().stance();
        String verdict = from == to ? "Your view stayed the same" : "Your view moved";
        return " " + verdict + ": before reading you chose \u201c" + StanceField.LABELS.get(from - 1)
                + "\u201d, after reading \u201c" + StanceField.LABELS.get(to - 1) + "\u201d.";
    }

    private QuestionCard card(QuestionContent question, SectionContent section) {
        SavedAnswer saved = place.answers().get(question.key());
        return new QuestionCard(question, section, saved, place.open(), (key, submissionId, input) -> {
            SavedAnswer stored = answers.submit(token, key, submissionId, input);
            answered.put(key, stored);
            updateEndOfLesson();
            return stored;
        });
    }

    private void renderPager() {
        pager.removeAll();
        Button previous = new Button("Previous section", VaadinIcon.ARROW_LEFT.create(), c -> go(sectionIndex - 1));
        previous.setId("previous-section");
        previous.setEnabled(sectionIndex > 0);
        Button next = new Button("Next section", VaadinIcon.ARROW_RIGHT.create(), c -> go(sectionIndex + 1));
        next.setId("next-section");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(sectionIndex < content.sections().size() - 1);
        pager.add(previous, next);
    }

    private void go(int index) {
        if (index < 0 || index >= content.sections().size()) {
            return;
        }
        students.moveTo(token, index);
        // Re-read: answers given in the section just left are part of the place now.
        place = students.resume(token).orElse(place);
        sectionIndex = index;
        renderSection();
        getElement().executeJs("window.scrollTo(0, 0); document.getElementById('section-title').focus()");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
