package org.agora.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Counts the answer rows in the app's database file, read after the app has stopped. */
final class StoredAnswers {

    private StoredAnswers() {}

    static long count(Path dataDir) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("agora").toAbsolutePath() + ";IFEXISTS=TRUE";
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("select count(*) from answer")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
