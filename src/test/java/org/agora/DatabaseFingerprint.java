package org.agora;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every table's rows as a count and hash sums, so a test can say which tables a call changed. */
@Component
public class DatabaseFingerprint {

    private final JdbcTemplate jdbc;

    DatabaseFingerprint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Table name to row count and two sums of row hashes (independent of row order). */
    public Map<String, String> take() {
        Map<String, String> tables = new TreeMap<>();
        for (String table : jdbc.queryForList(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'",
                String.class)) {
            List<String> columns = jdbc.queryForList(
                    "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                            + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
                    String.class,
                    table);
            String row = columns.stream()
                    .map(c -> "COALESCE(CAST(\"" + c + "\" AS VARCHAR), '~')")
                    .collect(Collectors.joining(", ", "CONCAT_WS('|', ", ")"));
            // Summed in the database: a whole-table dump per call would be slow once other tests filled it.
            Map<String, Object> sums = jdbc.queryForMap("SELECT COUNT(*) AS N, SUM(ORA_HASH(" + row + ")) AS A,"
                    + " SUM(ORA_HASH(" + row + ", 4294967295, 7)) AS B FROM \"" + table + "\"");
            tables.put(table, sums.get("N") + " rows, " + sums.get("A") + "/" + sums.get("B"));
        }
        return tables;
    }

    /** The tables whose rows differ between two fingerprints. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream()
                .filter(t -> !after.get(t).equals(before.get(t)))
                .toList();
    }
}
