package org.agora.lesson;

import java.util.List;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;

/** A question's short number, the same on the teacher's and the students' screens: its section and its place there, as "2.3". */
public final class QuestionNumber {

    private QuestionNumber() {}

    /** The number of the question {@code key}, or null for a poll (which belongs to no section). */
    public static String of(LessonContent content, String key) {
        List<SectionContent> sections = content.sections();
        for (int s = 0; s < sections.size(); s++) {
            List<QuestionContent> questions = sections.get(s).questions();
            for (int q = 0; q < questions.size(); q++) {
                if (questions.get(q).key().equals(key)) {
                    return (s + 1) + "." + (q + 1);
                }
            }
        }
        return null;
    }
}
