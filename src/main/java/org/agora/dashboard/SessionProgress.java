package org.agora.dashboard;

import java.util.List;
import java.util.Map;
import org.agora.classroom.SessionSummary;

/** The class at a glance: one row per student, one column per question. */
public record SessionProgress(SessionSummary session, List<Column> columns, List<Row> rows) {

    /** Students with the lesson open now. */
    public long online() {
        return rows.stream().filter(Row::online).count();
    }

    /** A question as a column of the grid. */
    public record Column(String key, String label, String prompt) {}

    /** A student's row: whether they have the lesson open now, and the cell of each question, by question key. */
    public record Row(long participantId, String displayName, boolean online, Map<String, ProgressCell> cells) {

        public ProgressCell cell(String key) {
            return cells.getOrDefault(key, ProgressCell.NOT_ANSWERED);
        }
    }
}
