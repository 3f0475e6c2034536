package org.agora.dashboard;

import java.util.List;
import java.util.Map;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.QuestionType;

/** The class at a glance: one row per student, one column per question. */
public record SessionProgress(SessionSummary session, List<Column> columns, List<Row> rows) {

    /** Students with the lesson open now. */
    public long online() {
        return rows.stream().filter(Row::online).count();
    }

    /**
     * Answers given: one per student and question answered, however many tries it took.
     */
    public long answers() {
        return rows.stream().mapToLong(r -> r.cells().size()).sum();
    }

    /**
     * A question as a column of the grid; {@code number} is its section and place there, as
     * "2.3", or null for the polls before and after reading.
     */
    public record Column(String key, String number, QuestionType type, String prompt) {}

    /** A student's row: whether they have the lesson open now, and the cell of each question, by question key. */
    public record Row(long participantId, String displayName, boolean online, Map<String, ProgressCell> cells) {

        public ProgressCell cell(String key) {
            return cells.getOrDefault(key, ProgressCell.NOT_ANSWERED);
        }
    }
}
