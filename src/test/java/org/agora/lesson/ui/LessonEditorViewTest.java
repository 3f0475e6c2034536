package org.agora.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agora.KaribuTest;
import org.agora.account.Role;
import org.agora.lesson.ArticleProposal;
import org.agora.lesson.LessonDraft;
import org.agora.lesson.LessonEditing;
import org.agora.lesson.QuestionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LessonEditorViewTest extends KaribuTest {

    @Autowired
    LessonEditing editing;

    private long lessonId;

    @BeforeEach
    void aDraftLesson() {
        signIn("admin", Role.ADMIN);
        lessonId = editing.createFromArticle(
                fixtures.admin(),
                new ArticleProposal(
                        "River towns " + System.nanoTime(),
                        "A. Writer",
                        List.of(
                                new ArticleProposal.Section(
                                        "First", List.of(List.of("The river rose.", "The town flooded."))),
                                new ArticleProposal.Section("Second", List.of(List.of("A wall was built.")))),
                        List.of()),
                "en");
        navigate("admin/lessons/" + lessonId + "/edit");
    }

    private static String text(String id) {
        return _get(Paragraph.class, s -> s.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private static void addQuestion(String section, QuestionType type) {
        _get(Select.class, s -> s.withId("add-question-type-" + section)).setValue(type);
        _click(_get(Button.class, s -> s.withId("add-question-" + section)));
    }

    @Test
    void each_problem_is_marked_on_its_field_and_nothing_is_saved() {
        _get(TextField.class, s -> s.withId("lesson-title")).setValue("");
        _get(TextArea.class, s -> s.withId("text-s2")).setValue("   ");
        addQuestion("s1", QuestionType.SINGLE_CHOICE);
        _get(TextArea.class, s -> s.withId("prompt-s1-q1")).setValue("Which?");
        _get(TextArea.class, s -> s.withId("explanation-s1-q1")).setValue("Because.");
        _get(TextField.class, s -> s.withId("option-s1-q1-1")).setValue("A");
        _get(TextField.class, s -> s.withId("option-s1-q1-2")).setValue("B");
        _get(TextField.class, s -> s.withId("option-s1-q1-3")).setValue("C");

        _click(_get(Button.class, s -> s.withId("save-lesson")));

        TextField title = _get(TextField.class, s -> s.withId("lesson-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("This is required.");
        TextArea text = _get(TextArea.class, s -> s.withId("text-s2"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("The section has no text: write at least one sentence.");
        assertThat(text("problem-options-s1-q1")).isEqualTo("Mark exactly one option as the right one.");
        assertThat(text("editor-problems")).startsWith("The lesson was not saved: 3 fields need fixing");
        // Every problem is listed with its place, not only the first.
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("editor-problem-list"))
                        .getChildren()
                        .map(item -> item.getElement().getText())
                        .toList())
                .containsExactlyInAnyOrder(
                        "Title: This is required.",
                        "Section 2, text: The section has no text: write at least one sentence.",
                        "Section 1, question 1, options: Mark exactly one option as the right one.");
        LessonDraft stored = editing.open(fixtures.admin(), lessonId);
        assertThat(stored.details().title()).startsWith("River towns");
        assertThat(stored.sections().get(0).questions()).isEmpty();

        _get(Checkbox.class, s -> s.withId("option-s1-q1-2-right")).setValue(true);
        title.setValue("River towns, fixed");
        text.setValue("A wall was *built*.");
        _click(_get(Button.class, s -> s.withId("save-lesson")));

        assertThat(title.isInvalid()).isFalse();
        LessonDraft saved = editing.open(fixtures.admin(), lessonId);
        assertThat(saved.details().title()).isEqualTo("River towns, fixed");
        assertThat(saved.sections().get(0).questions().get(0).options())
                .extracting(o -> o.correct())
                .containsExactly(false, true, false);
    }

    @Test
    void a_short_text_question_accepts_near_spellings_once_ticked_and_is_exact_by_default() {
        addQuestion("s1", QuestionType.SHORT_TEXT);
        _get(TextArea.class, s -> s.withId("prompt-s1-q1")).setValue("Which town flooded?");
        _get(TextArea.class, s -> s.withId("explanation-s1-q1")).setValue("The text says so.");
        _get(TextArea.class, s -> s.withId("accepted-s1-q1")).setValue("Riverton");
        Checkbox near = _get(Checkbox.class, s -> s.withId("near-spellings-s1-q1"));
        assertThat(near.getValue()).isFalse();
        assertThat(near.getLabel()).isEqualTo("Accept near spellings");
        _click(_get(Button.class, s -> s.withId("save-lesson")));
        assertThat(editing.open(fixtures.admin(), lessonId)
                        .sections()
                        .get(0)
                        .questions()
                        .get(0)
                        .acceptsNearSpellings())
                .isFalse();

        // The saved draft is shown afresh: the box is found again.
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                _get(Checkbox.class, s -> s.withId("near-spellings-s1-q1")), true);
        _click(_get(Button.class, s -> s.withId("save-lesson")));

        assertThat(editing.open(fixtures.admin(), lessonId)
                        .sections()
                        .get(0)
                        .questions()
                        .get(0)
                        .acceptsNearSpellings())
                .isTrue();
        navigate("admin/lessons/" + lessonId + "/edit");
        assertThat(_get(Checkbox.class, s -> s.withId("near-spellings-s1-q1")).getValue())
                .isTrue();
    }

    @Test
    void choosing_a_right_option_of_a_single_choice_question_unchooses_the_other() {
        addQuestion("s1", QuestionType.SINGLE_CHOICE);
        Checkbox first = _get(Checkbox.class, s -> s.withId("option-s1-q1-1-right"));
        Checkbox second = _get(Checkbox.class, s -> s.withId("option-s1-q1-2-right"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(first, true);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(second, true);
        assertThat(first.getValue()).isFalse();
        assertThat(second.getValue()).isTrue();
    }

    @Test
    void publishing_makes_the_revision_the_one_classes_get_and_the_next_edit_a_new_draft() {
        assertThat(text("lesson-status")).startsWith("Revision 1 is a draft");
        _click(_get(Button.class, s -> s.withId("publish-lesson")));
        assertThat(text("lesson-status")).startsWith("Revision 1 is published.");
        // Saving with no change makes no new revision.
        _click(_get(Button.class, s -> s.withId("save-lesson")));
        assertThat(text("lesson-status")).startsWith("Revision 1 is published.");

        _get(TextField.class, s -> s.withId("title-s2")).setValue("The wall");
        _click(_get(Button.class, s -> s.withId("save-lesson")));

        assertThat(text("lesson-status")).startsWith("Revision 2 is a draft");
        assertThat(editing.state(fixtures.admin(), lessonId).revisionNumber()).isEqualTo(2);
    }

    @Test
    void a_save_after_another_admins_save_is_refused_with_a_message_and_the_form_is_kept() {
        LessonDraft theirs = editing.open(fixtures.admin(), lessonId);
        editing.save(
                fixtures.admin(),
                theirs.withDetails(new LessonDraft.Details("Their title", "en", null, null, null, null, null, null)));
        _get(TextField.class, s -> s.withId("lesson-title")).setValue("My title");

        _click(_get(Button.class, s -> s.withId("save-lesson")));

        assertThat(text("editor-problems")).startsWith("Another admin saved or published this lesson");
        assertThat(_get(TextField.class, s -> s.withId("lesson-title")).getValue())
                .isEqualTo("My title");
        assertThat(editing.open(fixtures.admin(), lessonId).details().title()).isEqualTo("Their title");
    }

    @Test
    void leaving_with_unsaved_changes_asks_first() {
        _get(TextField.class, s -> s.withId("lesson-level")).setValue("Year 9");

        navigate("admin/lessons");

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        _assertStillEditing();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("admin/lessons");
    }

    private void _assertStillEditing() {
        assertThat(_find(LessonEditorView.class)).hasSize(1);
    }

    @Test
    void sections_move_by_their_buttons_and_the_saved_lesson_keeps_the_new_order() {
        _click(_get(Button.class, s -> s.withId("move-s2-up")));
        _click(_get(Button.class, s -> s.withId("save-lesson")));

        assertThat(editing.open(fixtures.admin(), lessonId).sections())
                .extracting(LessonDraft.SectionDraft::title)
                .containsExactly("Second", "First");
    }

    @Test
    void gift_questions_are_added_to_the_section_with_a_report_of_what_was_skipped() {
        String gift = """
                ::river::The river rose before the town flooded. {TRUE}

                ::match::Match the towns. { =Astana -> Kazakhstan =Paris -> France }
                """;
        UploadKt._upload(
                _get(Upload.class, s -> s.withId("gift-s1")),
                "questions.gift.txt",
                gift.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        // The file's questions are shown first; nothing joins the section before the admin chooses.
        assertThat(_find(TextArea.class, s -> s.withId("prompt-s1-q1"))).isEmpty();
        assertThat(_get(Checkbox.class, s -> s.withId("gift-take-s1-0")).getLabel())
                .isEqualTo("True or false: The river rose before the town flooded.");
        _click(_get(Button.class, s -> s.withId("gift-add-s1")));

        assertThat(text("gift-report-s1")).startsWith("One question was added. Skipped “match”:");
        assertThat(_find(TextArea.class, s -> s.withId("prompt-s1-q1")))
                .singleElement()
                .satisfies(
                        prompt -> assertThat(prompt.getValue()).isEqualTo("The river rose before the town flooded."));

        // One click takes the import out again.
        _click(_get(Button.class, s -> s.withId("gift-undo-s1")));
        assertThat(_find(TextArea.class, s -> s.withId("prompt-s1-q1"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("gift-undo-s1"))).isEmpty();
    }

    @Test
    void questions_left_unticked_in_a_gift_preview_are_not_added() {
        String gift = """
                ::one::Is the river wide? {TRUE}

                ::two::Is the town old? {FALSE}
                """;
        UploadKt._upload(
                _get(Upload.class, s -> s.withId("gift-s1")),
                "questions.gift.txt",
                gift.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
        _get(Checkbox.class, s -> s.withId("gift-take-s1-0")).setValue(false);
        _click(_get(Button.class, s -> s.withId("gift-add-s1")));

        assertThat(_find(TextArea.class).stream()
                        .filter(area -> area.getId().orElse("").startsWith("prompt-s1-"))
                        .map(TextArea::getValue))
                .containsExactly("Is the town old?");
    }

    @Test
    void an_evidence_question_offers_the_sections_sentences_as_they_are_typed() {
        addQuestion("s1", QuestionType.EVIDENCE);
        @SuppressWarnings("unchecked")
        var sentences = (com.vaadin.flow.component.checkbox.CheckboxGroup<String>)
                _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, s -> s.withId("sentences-s1-q1"));
        assertThat(sentences.getGenericDataView().getItems().map(sentences.getItemLabelGenerator()::apply))
                .containsExactly("The river rose.", "The town flooded.");

        _get(TextArea.class, s -> s.withId("text-s1")).setValue("The river rose.\n\n- The **town** flooded.");

        assertThat(sentences.getGenericDataView().getItems().map(sentences.getItemLabelGenerator()::apply))
                .containsExactly("The river rose.", "The town flooded.");
    }

    @Test
    void the_right_option_of_a_choose_one_question_is_drawn_as_a_radio_button_and_of_choose_all_as_a_box() {
        addQuestion("s1", QuestionType.SINGLE_CHOICE);
        addQuestion("s1", QuestionType.MULTIPLE_CHOICE);

        Checkbox one = _get(Checkbox.class, s -> s.withId("option-s1-q1-1-right"));
        assertThat(one.getClassNames()).contains("agora-one-right");
        assertThat(one.getElement().getAttribute("aria-description")).isEqualTo("Only one option can be the right one");
        assertThat(_find(Checkbox.class, s -> s.withClasses("agora-one-right")))
                .allMatch(box -> box.getId().orElse("").startsWith("option-s1-q1-"));
    }
}
