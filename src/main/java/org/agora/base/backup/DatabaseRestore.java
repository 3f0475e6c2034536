package org.agora.base.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.agora.base.OwnerOnly;

/**
 * {@code --restore <backup.zip>}: puts a backup's database in place of the current one, which is
 * kept beside it. Runs before Spring starts, and refuses while Agora has the database open.
 */
public final class DatabaseRestore {

    static final String DATABASE_FILE = "agora.mv.db";
    private static final String RESTORING = "agora-restoring";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What a restore did: the database file now in place, and where the one it replaced was put (or null). */
    public record Restored(Path database, Path setAside) {}

    /** The restore could not be done; nothing in the data directory was changed. */
    public static class RestoreRefusedException extends Exception {
        RestoreRefusedException(String message) {
            super(message);
        }
    }

    private DatabaseRestore() {}

    /** Whether the command line asks for a restore instead of starting the app. */
    public static boolean isRequested(String[] args) {
        for (String arg : args) {
            if (arg.equals("--restore") || arg.startsWith("--restore=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code --restore <backup.zip>} (or {@code --restore=<backup.zip>}) into the data directory
     * of {@code --agora.data-dir=...}, else of {@code dataDirFromEnvironment}, else {@code ./data}, as
     * the app itself would. Returns the process's exit code.
     */
    public static int run(String[] args, String dataDirFromEnvironment, PrintStream out) {
        String backup = null;
        String dataDir =
                dataDirFromEnvironment == null || dataDirFromEnvironment.isBlank() ? "./data" : dataDirFromEnvironment;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--restore") && i + 1 < args.length) {
                backup = args[++i];
            } else if (args[i].startsWith("--restore=")) {
                backup = args[i].substring("--restore=".length());
            } else if (args[i].startsWith("--agora.data-dir=")) {
                dataDir = args[i].substring("--agora.data-dir=".length());
            }
        }
        if (backup == null || backup.isBlank()) {
            out.println("Usage: --restore <backup.zip>   (stop Agora first)");
            return 2;
        }
        try {
            Restored restored = restore(Path.of(backup), Path.of(dataDir), Clock.systemUTC());
            out.println("Restored " + backup + " into " + restored.database() + ".");
            if (restored.setAside() != null) {
                out.println("The database it replaced is kept as " + restored.setAside() + ".");
            }
            out.println("Start Agora as usual.");
            return 0;
        } catch (RestoreRefusedException | IOException e) {
            out.println("Nothing was restored: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Checks the backup, sets the current database file aside under a dated name, and moves the
     * backup's database file into its place.
     */
    public static Restored restore(Path backup, Path dataDir, Clock clock) throws RestoreRefusedException, IOException {
        if (!Files.isRegularFile(backup)) {
            throw new RestoreRefusedException("there is no file " + backup + ".");
        }
        Path dir = dataDir.toAbsolutePath().normalize();
        Path current = dir.resolve(DATABASE_FILE);
        refuseIfInUse(current);
        Files.createDirectories(dir);
        OwnerOnly.tighten(dir);
        Path restoring = dir.resolve(RESTORING + ".mv.db");
        try {
            extract(backup, restoring);
            OwnerOnly.tighten(restoring);
            refuseUnlessAgoraDatabase(dir.resolve(RESTORING));
            Path setAside = null;
            if (Files.exists(current)) {
                setAside = dir.resolve("agora-before-restore-" + STAMP.format(clock.instant()) + ".mv.db");
                Files.move(current, setAside);
            }
            Files.move(restoring, current, StandardCopyOption.ATOMIC_MOVE);
            if (setAside != null) {
                OwnerOnly.tighten(setAside);
            }
            return new Restored(current, setAside);
        } finally {
            Files.deleteIfExists(restoring);
        }
    }

    /** H2 holds a lock on the database file while the database is open, in this process or another. */
    private static void refuseIfInUse(Path database) throws RestoreRefusedException, IOException {
        if (!Files.exists(database)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(database);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(database);
        }
    }

    private static RestoreRefusedException inUse(Path database) {
        return new RestoreRefusedException("the database " + database + " is in use. Stop Agora first.");
    }

    private static void extract(Path backup, Path target) throws RestoreRefusedException, IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(DATABASE_FILE);
            if (entry == null) {
                throw new RestoreRefusedException(
                        backup + " holds no " + DATABASE_FILE + "; it is not an Agora backup.");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (ZipException e) {
            throw new RestoreRefusedException(backup + " is not a zip file; it is not an Agora backup.");
        }
    }

    /** Opens the extracted file read-only: it must be an H2 database with Agora's schema history. */
    private static void refuseUnlessAgoraDatabase(Path withoutSuffix) throws RestoreRefusedException {
        String url = "jdbc:h2:file:" + withoutSuffix + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("select count(*) from information_schema.tables "
                        + "where lower(table_name) = 'flyway_schema_history'")) {
            if (!found.next() || found.getInt(1) == 0) {
                throw new RestoreRefusedException("the backup's database has no Agora schema.");
            }
        } catch (SQLException e) {
            throw new RestoreRefusedException("the backup's database cannot be opened: " + e.getMessage());
        }
    }
}
