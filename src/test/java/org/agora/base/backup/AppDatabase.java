package org.agora.base.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An Agora database file in a data directory of the test's own, opened with the URL the app uses
 * (from its application.properties) and migrated by Flyway, as at start-up.
 */
final class AppDatabase {

    private AppDatabase() {}

    static DriverManagerDataSource open(Path dataDir) throws IOException {
        Properties app = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        String url = app.getProperty("spring.datasource.url").replace("${agora.data-dir}", dataDir.toString());
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }

    static void execute(DriverManagerDataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String displayNameOf(DriverManagerDataSource dataSource, String username) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select display_name from account where username = '" + username + "'")) {
            return r.next() ? r.getString(1) : null;
        }
    }

    static void addTeacher(DriverManagerDataSource dataSource, String username, String displayName)
            throws SQLException {
        execute(
                dataSource,
                "insert into account (username, display_name, password_hash, role, enabled, created_at,"
                        + " version) values ('" + username + "', '" + displayName + "', 'x', 'TEACHER', true,"
                        + " current_timestamp, 0)");
    }

    /** A clock the test moves forward by hand. */
    static final class HandClock extends Clock {
        private Instant now;

        HandClock(Instant start) {
            this.now = start;
        }

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
