package org.agora.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes every permission of group and others off a file or directory of the data directory (the
 * database and its backups hold password hashes). Only ever removes permissions; where the file
 * system has no POSIX permissions it does nothing.
 */
public final class OwnerOnly {

    private static final Logger log = LoggerFactory.getLogger(OwnerOnly.class);

    private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private static final AtomicBoolean toldNoPosix = new AtomicBoolean();

    private OwnerOnly() {}

    /** Leaves only the owner's permissions on {@code path}, if it exists. */
    public static void tighten(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            if (toldNoPosix.compareAndSet(false, true)) {
                log.debug("No POSIX permissions on the file system of {}; data files are left as they are", path);
            }
            return;
        }
        if (!Files.exists(path)) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        if (permissions.removeAll(NOT_OWNER)) {
            view.setPermissions(permissions);
        }
    }

    /** Leaves only the owner's permissions on {@code directory} and the regular files directly in it. */
    public static void tightenWithFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        tighten(directory);
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                tighten(file);
            }
        }
    }
}
