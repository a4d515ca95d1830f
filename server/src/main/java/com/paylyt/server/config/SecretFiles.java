package com.paylyt.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Secrets kept as hex files in the data dir, created on first use and readable by their owner only. */
public final class SecretFiles {

    private static final Logger log = LoggerFactory.getLogger(SecretFiles.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFiles() {
    }

    /**
     * Reads the secret in {@code file}, or creates it with {@code sizeBytes} random bytes when it does not exist.
     * The file is created with owner-only permissions where the file system supports POSIX permissions.
     */
    public static byte[] readOrCreate(Path file, int sizeBytes) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            byte[] secret = new byte[sizeBytes];
            RANDOM.nextBytes(secret);
            write(file, secret);
            log.info("Generated a new secret in {}", file);
            return secret;
        } catch (FileAlreadyExistsException e) {
            return readOrCreate(file, sizeBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret file " + file, e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        String hex = Files.readString(file).trim();
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IOException("The secret file " + file + " does not contain hex digits", e);
        }
    }

    private static void write(Path file, byte[] secret) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (supportsPosix(file)) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, HexFormat.of().formatHex(secret), StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(temporary, file);
    }

    private static boolean supportsPosix(Path file) {
        return file.toAbsolutePath().getParent().getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
