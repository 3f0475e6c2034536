package org.agora.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.lesson.LessonFile.SentenceDoc;

/**
 * Gives the sentences of an edited section their keys: a sentence whose text is unchanged keeps
 * its key, so evidence questions still point at it; a new or changed sentence gets a new key.
 */
final class SentenceKeys {

    private static final int PREFIX_MAX = 30;

    private SentenceKeys() {
    }

    static List<List<SentenceDoc>> assign(String sectionKey, Map<String, String> known,
            List<List<String>> paragraphs) {
        Set<String> used = new HashSet<>();
        List<String> texts = paragraphs.stream().flatMap(List::stream).toList();
        // First pass: unchanged sentences keep their keys (the first of two equal sentences wins).
        List<String> kept = new ArrayList<>();
        for (String text : texts) {
            String key = known.get(text);
            kept.add(key != null && used.add(key) ? key : null);
        }
        used.addAll(known.values());
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
