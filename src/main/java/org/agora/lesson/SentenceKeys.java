package org.agora.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.lesson.LessonFile.SentenceDoc;

/**
 * Gives the sentences of an edited section their keys. A sentence whose text is unchanged
 * keeps its key (a list marker does not count: renumbering a list changes no key), so
 * evidence questions still point at it; two equal sentences keep their own keys in turn. A
 * new or changed sentence gets a key no sentence known to the section ever had, so a
 * question can never come to point at a different sentence.
 */
public final class SentenceKeys {

    private static final int PREFIX_MAX = 30;

    private SentenceKeys() {}

    /** The known keys by sentence text (without list marker), in the order of the stored sentences. */
    public static Map<String, List<String>> of(List<List<SentenceDoc>> paragraphs) {
        Map<String, List<String>> known = new LinkedHashMap<>();
        paragraphs.stream().flatMap(List::stream).forEach(s -> remember(known, s));
        return known;
    }

    /** Adds a sentence's key to what is known, if it is not there yet. */
    public static void remember(Map<String, List<String>> known, SentenceDoc sentence) {
        List<String> keys =
                known.computeIfAbsent(SectionMarkdown.withoutMarker(sentence.text()), text -> new ArrayList<>());
        if (!keys.contains(sentence.id())) {
            keys.add(sentence.id());
        }
    }

    static List<List<SentenceDoc>> assign(
            String sectionKey, Map<String, List<String>> known, List<List<String>> paragraphs) {
        Set<String> taken = new HashSet<>();
        List<String> texts = paragraphs.stream().flatMap(List::stream).toList();
        List<String> kept = new ArrayList<>();
        for (String text : texts) {
            String key = known.getOrDefault(SectionMarkdown.withoutMarker(text), List.of()).stream()
                    .filter(k -> !taken.contains(k))
                    .findFirst()
                    .orElse(null);
            if (key != null) {
                taken.add(key);
            }
            kept.add(key);
        }
        Set<String> used = new HashSet<>(taken);
        known.values().forEach(used::addAll);
        String prefix = sectionKey.length() > PREFIX_MAX ? sectionKey.substring(0, PREFIX_MAX) : sectionKey;
        int next = 1;
        List<List<SentenceDoc>> result = new ArrayList<>();
        int index = 0;
        for (List<String> paragraph : paragraphs) {
            List<SentenceDoc> sentences = new ArrayList<>();
            for (String text : paragraph) {
                String key = kept.get(index++);
                if (key == null) {
                    while (used.contains(prefix + "-" + next)) {
                        next++;
                    }
                    key = prefix + "-" + next;
                    used.add(key);
                }
                sentences.add(new SentenceDoc(key, text));
            }
            result.add(List.copyOf(sentences));
        }
        return List.copyOf(result);
    }
}
