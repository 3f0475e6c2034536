package org.agora.lesson;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.lesson.LessonContent.ParagraphContent;
import org.agora.lesson.LessonContent.SentenceContent;

/**
 * A section's text on a screen: paragraphs, and list items grouped into bulleted or numbered
 * lists. Each paragraph is one element whose sentences are HTML drawn by the caller (the
 * students' screen makes them pickable), not a component each: a screen holds a few nodes per
 * paragraph, however long the text. Part of the lesson feature's API because two features draw
 * it: the admin's preview and the students' reading screen, and one feature's screens never use
 * another's.
 */
public final class SectionText {

    private final List<Block> blocks;
    private final Function<SentenceContent, String> sentenceHtml;

    private record Block(HtmlContainer element, ParagraphContent paragraph) {}

    private SectionText(List<Block> blocks, Function<SentenceContent, String> sentenceHtml) {
        this.blocks = blocks;
        this.sentenceHtml = sentenceHtml;
    }

    /**
     * Adds the paragraphs to {@code target}. {@code sentenceHtml} must give safe HTML: the
     * sentence's cleaned {@link SentenceContent#html()} in markup whose attributes are escaped.
     */
    public static SectionText render(
            HasComponents target, List<ParagraphContent> paragraphs, Function<SentenceContent, String> sentenceHtml) {
        List<Block> blocks = new ArrayList<>();
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
            blocks.add(new Block(block, paragraph));
        }
        SectionText text = new SectionText(List.copyOf(blocks), sentenceHtml);
        text.redraw();
        return text;
    }

    /** Draws the sentences again, when what the caller draws for them has changed. */
    public void redraw() {
        for (Block block : blocks) {
            block.element()
                    .getElement()
                    .setProperty(
                            "innerHTML",
                            block.paragraph().sentences().stream()
                                    .map(sentenceHtml)
                                    .collect(Collectors.joining(" ")));
        }
    }
}
