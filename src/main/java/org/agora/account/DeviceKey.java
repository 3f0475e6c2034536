package org.agora.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.agora.base.OwnerOnly;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret that signs device cookies: 256 random bits in a file of the data directory, made
 * on first use and readable by the owner only. Whoever can read it can mint a device cookie for
 * any name (which only lifts the stranger limits of the sign-in throttle, never a password
 * check); deleting the file revokes every device cookie. Several app nodes need the same file.
 */
@Component
class DeviceKey {

    static final String FILE = "device-cookie.key";

    private final byte[] key;

    DeviceKey(@Value("${agora.data-dir}") String dataDir) {
        this.key = loadOrCreate(Path.of(dataDir).resolve(FILE));
    }

    byte[] bytes() {
        return key.clone();
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                create(file);
            }
            OwnerOnly.tighten(file);
            byte[] key = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < 32) {
                throw new IllegalStateException("The device cookie key in the data directory is too short: delete "
                        + FILE + " and restart to make a new one");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the device cookie key " + FILE, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String text = Base64.getEncoder().encodeToString(key) + "\n";
        try {
            if (Files.getFileAttributeView(file.getParent(), java.nio.file.attribute.PosixFileAttributeView.class)
                    != null) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException raced) {
            // Another start-up made it first: use theirs.
        }
    }
}
