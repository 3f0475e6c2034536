package org.agora.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import org.agora.lesson.LessonContent.ParagraphContent;
import org.agora.lesson.LessonContent.SentenceContent;

/**
 * A section's text on a screen: paragraphs, and list items grouped into bulleted or numbered
 * lists; each sentence is drawn by the caller (the students' screen makes it pickable). Part of
 * the lesson feature's API because two features draw it: the admin's preview and the students'
 * reading screen, and one feature's screens never use another's.
 */
public final class SectionText {

    private SectionText() {}

    public static void render(
            HasComponents target, List<ParagraphContent> paragraphs, Function<SentenceContent, Component> sentence) {
        HtmlContainer list = null;
        for (ParagraphContent paragraph : paragraphs) {
            HtmlContainer block = paragraph.kind() == SectionMarkdown.Kind.TEXT ? new Paragraph() : new ListItem();
            if (paragraph.kind() == SectionMarkdown.Kind.TEXT) {
                list = null;
                target.add(block);
            } else {
                boolean numbered = paragraph.kind() == SectionMarkdown.Kind.NUMBERED;
                if (list == null || list instanceof OrderedList != numbered) {
                    list = numbered ? new OrderedList() : new UnorderedList();
                    target.add(list);
                }
                list.add(block);
            }
            paragraph.sentences().forEach(s -> block.add(sentence.apply(s)));
        }
    }
}
