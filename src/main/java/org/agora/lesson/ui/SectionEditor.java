package org.agora.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.agora.base.BadInputException;
import org.agora.lesson.Gift;
import org.agora.lesson.LessonDraft.SectionDraft;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.agora.lesson.LessonFile.SentenceDoc;
import org.agora.lesson.QuestionType;
import org.agora.lesson.SentenceKeys;

/**
 * One section in the editor: its title, its text in Markdown, and its questions, which can be
 * added one type at a time, imported from a GIFT file, reordered and removed.
 */
class SectionEditor extends Div {

    private final String key;
    /** Every sentence text the section has known, with its keys: new sentences keep the key first given. */
    private final Map<String, List<String>> sentenceKeys = new LinkedHashMap<>();

    private final Runnable changed;
    private final Function<String, String> newQuestionKey;
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final ReorderList<QuestionEditor> questions;
    private final Paragraph questionsProblem = new Paragraph();
    private final Paragraph giftReport = new Paragraph();
    /** The questions the last GIFT import added, for "Undo the import". */
    private final List<QuestionEditor> lastImport = new ArrayList<>();

    private final Button undoImport = new Button();
    private final Div header = new Div();

    /** {@code newQuestionKey} gives an unused key for a new question of the section with this key. */
    SectionEditor(SectionDraft draft, Runnable changed, Function<String, String> newQuestionKey) {
        this.key = draft.key();
        draft.sentenceKeys().forEach((text, keys) -> sentenceKeys.put(text, new ArrayList<>(keys)));
        this.changed = changed;
        this.newQuestionKey = newQuestionKey;
        this.questions = new ReorderList<>("editor.noun.question", QuestionEditor::header, changed);
        setId("section-editor-" + key);
        addClassName("agora-section-editor");
        header.addClassName("agora-editor-row-header");
        H3 heading = new H3(heading(draft.title()));
        header.add(heading);
        add(header);

        title.setId("title-" + key);
        title.setLabel(getTranslation("editor.section.title"));
        title.setValue(draft.title() == null ? "" : draft.title());
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> {
            heading.setText(heading(e.getValue()));
            changed.run();
        });
        text.setId("text-" + key);
        text.setLabel(getTranslation("editor.section.text"));
        text.setHelperText(getTranslation("editor.section.text-help"));
        text.setValue(draft.markdown() == null ? "" : draft.markdown());
        text.setWidthFull();
        text.setMinRows(6);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> {
            questions.rows().forEach(QuestionEditor::refreshSentences);
            changed.run();
        });
        questions.setId("questions-" + key);
        draft.questions().forEach(this::addQuestion);
        questionsProblem.addClassNames("agora-error", "agora-problem");
        questionsProblem.setVisible(false);
        giftReport.setId("gift-report-" + key);
        giftReport.setVisible(false);
        undoImport.setText(getTranslation("editor.gift.undo"));
        undoImport.setId("gift-undo-" + key);
        undoImport.addThemeVariants(ButtonVariant.LUMO_SMALL);
        undoImport.addClickListener(click -> undo());
        undoImport.setVisible(false);
        add(
                title,
                text,
                new H3(getTranslation("editor.section.questions")),
                questions,
                questionsProblem,
                adder(),
                giftImport(),
                giftReport,
                undoImport);
    }

    String key() {
        return key;
    }

    /** Where a dragged section is dropped. */
    Div header() {
        return header;
    }

    private String heading(String sectionTitle) {
        return sectionTitle == null || sectionTitle.isBlank()
                ? getTranslation("editor.section.untitled")
                : sectionTitle;
    }

    /** Where the editor puts the section's move and remove buttons. */
    void addHeaderControls(Component moves, Runnable remove) {
        Button delete =
                new Button(getTranslation("editor.section.remove"), VaadinIcon.TRASH.create(), click -> remove.run());
        delete.setId("remove-" + key);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        header.add(moves, delete);
    }

    private Component adder() {
        Select<QuestionType> type = new Select<>();
        type.setId("add-question-type-" + key);
        type.setAriaLabel(getTranslation("editor.question.type"));
        type.setItems(
                Arrays.stream(QuestionType.values()).filter(t -> !t.isPoll()).toList());
        type.setItemLabelGenerator(
                t -> getTranslation("question.kind." + t.name().toLowerCase(Locale.ROOT)));
        type.setValue(QuestionType.SINGLE_CHOICE);
        Button add = new Button(getTranslation("editor.question.add"), VaadinIcon.PLUS.create(), click -> {
            addQuestion(new QuestionDoc(
                    newQuestionKey.apply(key), type.getValue().name(), "", null, null, null, null, null, null));
            changed.run();
        });
        add.setId("add-question-" + key);
        Div row = new Div(type, add);
        row.addClassName("agora-editor-adder");
        return row;
    }

    private Component giftImport() {
        UI ui = UI.getCurrent();
        Upload[] uploadRef = new Upload[1];
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                Gift.Import read = Gift.read(new String(bytes, StandardCharsets.UTF_8));
                if (read.questions().isEmpty()) {
                    showGiftReport(report(read, 0), false);
                } else {
                    new GiftImportDialog(key, read, chosen -> importQuestions(read, chosen)).open();
                }
            } catch (BadInputException refused) {
                showGiftReport(getTranslation(refused.key(), refused.args()), true);
            }
            // Ready for another file at once.
            uploadRef[0].clearFileList();
        })));
        uploadRef[0] = upload;
        upload.setId("gift-" + key);
        upload.setAcceptedFileTypes(".txt", ".gift", "text/plain");
        upload.setMaxFileSize(Gift.MAX_CHARS);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(
                e -> showGiftReport(getTranslation("editor.gift.rejected", Gift.MAX_CHARS / 1024), true));
        upload.getElement().setAttribute("aria-label", getTranslation("editor.gift.upload"));
        Details details = new Details(
                getTranslation("editor.gift.upload"), new Paragraph(getTranslation("editor.gift.help")), upload);
        details.setId("gift-details-" + key);
        return details;
    }

    /** The chosen questions join the section; "Undo the import" takes exactly them out again. */
    private void importQuestions(Gift.Import read, List<QuestionDoc> chosen) {
        lastImport.clear();
        for (QuestionDoc q : chosen) {
            lastImport.add(addQuestion(q.withKey(newQuestionKey.apply(key))));
        }
        showGiftReport(report(read, chosen.size()), false);
        undoImport.setVisible(!lastImport.isEmpty());
        changed.run();
    }

    private void undo() {
        lastImport.forEach(questions::removeRow);
        lastImport.clear();
        undoImport.setVisible(false);
        showGiftReport(getTranslation("editor.gift.undone"), false);
        changed.run();
    }

    private String report(Gift.Import read, int added) {
        StringBuilder report = new StringBuilder(getTranslation("editor.gift.added", added));
        read.skipped()
                .forEach(s -> report.append(' ')
                        .append(getTranslation("editor.gift.skipped", s.question(), getTranslation(s.reasonKey()))));
        return report.toString();
    }

    private void showGiftReport(String message, boolean problem) {
        giftReport.setText(message);
        giftReport.setClassName("agora-error", problem);
        giftReport.setVisible(true);
    }

    private QuestionEditor addQuestion(QuestionDoc doc) {
        QuestionEditor editor = new QuestionEditor(doc, this::sentences, changed);
        editor.addHeaderControls(questions.controls(editor, "move-" + doc.key()), () -> questions.removeRow(editor));
        questions.addRow(editor);
        return editor;
    }

    /**
     * The sentences of the text as it is now, with the keys they will be stored with. A new
     * sentence's key is remembered, so that editing another sentence never hands it over.
     */
    List<SentenceDoc> sentences() {
        List<SentenceDoc> sentences = new SectionDraft(key, "", text.getValue(), known(), List.of())
                .sentences().stream().flatMap(List::stream).toList();
        sentences.forEach(s -> SentenceKeys.remember(sentenceKeys, s));
        return sentences;
    }

    private Map<String, List<String>> known() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        sentenceKeys.forEach((text, keys) -> copy.put(text, List.copyOf(keys)));
        return copy;
    }

    SectionDraft value() {
        sentences();
        return new SectionDraft(
                key,
                title.getValue(),
                text.getValue(),
                known(),
                questions.rows().stream().map(QuestionEditor::value).toList());
    }

    List<QuestionEditor> questionEditors() {
        return questions.rows();
    }

    void clearProblems() {
        title.setInvalid(false);
        text.setInvalid(false);
        questionsProblem.setVisible(false);
        questions.rows().forEach(QuestionEditor::clearProblems);
    }

    void showProblem(String part, String message) {
        switch (part) {
            case "title" -> {
                title.setErrorMessage(message);
                title.setInvalid(true);
            }
            case "text" -> {
                text.setErrorMessage(message);
                text.setInvalid(true);
            }
            default -> {
                questionsProblem.setText(message);
                questionsProblem.setVisible(true);
            }
        }
    }
}
