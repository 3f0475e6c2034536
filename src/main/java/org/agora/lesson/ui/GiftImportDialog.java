package org.agora.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.agora.lesson.Gift;
import org.agora.lesson.LessonFile.QuestionDoc;

/**
 * What a GIFT file holds, before any of it joins the section: each question with a box to
 * take it or leave it (all taken at first), and what the file holds that Agora cannot take.
 */
class GiftImportDialog extends Dialog {

    GiftImportDialog(String sectionKey, Gift.Import read, Consumer<List<QuestionDoc>> take) {
        setHeaderTitle(
                getTranslation("editor.gift.preview.title", read.questions().size()));
        setWidth("min(44rem, 100%)");
        Div list = new Div();
        list.setId("gift-preview-" + sectionKey);
        List<Checkbox> boxes = new ArrayList<>();
        for (int i = 0; i < read.questions().size(); i++) {
            QuestionDoc q = read.questions().get(i);
            Checkbox box = new Checkbox(
                    getTranslation("question.kind." + q.type().toLowerCase(Locale.ROOT)) + ": " + q.prompt(), true);
            box.setId("gift-take-" + sectionKey + "-" + i);
            boxes.add(box);
            list.add(new Div(box));
        }
        add(list);
        if (!read.skipped().isEmpty()) {
            UnorderedList skipped = new UnorderedList();
            skipped.setId("gift-preview-skipped-" + sectionKey);
            read.skipped()
                    .forEach(s -> skipped.add(new ListItem(
                            getTranslation("editor.gift.skipped", s.question(), getTranslation(s.reasonKey())))));
            add(new Paragraph(getTranslation("editor.gift.preview.skipped")), skipped);
        }
        Button add = new Button(getTranslation("editor.gift.preview.add"), click -> {
            List<QuestionDoc> chosen = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i).getValue()) {
                    chosen.add(read.questions().get(i));
                }
            }
            close();
            take.accept(chosen);
        });
        add.setId("gift-add-" + sectionKey);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("editor.gift.preview.cancel"), click -> close());
        cancel.setId("gift-cancel-" + sectionKey);
        getFooter().add(cancel, add);
    }
}
