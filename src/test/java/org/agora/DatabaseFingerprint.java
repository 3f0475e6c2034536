package org.agora;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every table's rows as one digest each, so a test can say which tables a call changed. */
@Component
public class DatabaseFingerprint {

    private final JdbcTemplate jdbc;

    DatabaseFingerprint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Table name to row count and digest of its rows (in a fixed order). */
    public Map<String, String> take() {
        Map<String, String> tables = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'", String.class)) {
            List<String> rows = jdbc.queryForList("SELECT * FROM \"" + table + "\"").stream()
                    .map(DatabaseFingerprint::row).sorted().toList();
            tables.put(table, rows.size() + " rows, " + digest(rows));
        }
        return tables;
    }

    /** The tables whose rows differ between two fingerprints. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).toList();
    }

    private static String row(Map<String, Object> columns) {
        StringBuilder text = new StringBuilder();
        columns.forEach((name, value) -> text.append(name).append('=')
                .append(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value)).append('\u0001'));
        return text.toString();
    }

    private static String digest(List<String> rows) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(r -> sha.update((r + '\n').getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
