package com.paylyt.server.cli;

import com.paylyt.server.db.Database;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConnection;

/**
 * Copies a data dir's SQLite database with SQLite's online backup API, so the copy is consistent even while
 * the server keeps writing.
 *
 * <p>The whole database is copied in one backup step, which reads it inside one read transaction. In WAL mode
 * that transaction reads a single committed state and does not block the server's writers. A copy in several
 * steps would restart whenever another connection writes, and might never finish under steady writes.
 */
final class DatabaseBackup {

    /** Copies every page in one step; see the class comment. */
    private static final int ALL_PAGES = -1;
    private static final int BUSY_RETRY_MILLIS = 100;
    private static final int BUSY_RETRIES = 100;

    private DatabaseBackup() {
    }

    /** The finished copy: where it is and its size in bytes. */
    record Result(Path source, Path output, long bytes) {
    }

    /**
     * Writes a consistent copy of {@code dataDir}'s database to {@code output}, checks it with SQLite's
     * {@code integrity_check} and only then moves it into place, so a failed backup never leaves a partial file
     * under the output name. The copy is a single file in rollback-journal mode, readable by its owner only.
     *
     * @throws NoSuchFileException when the data dir has no database
     * @throws FileAlreadyExistsException when {@code output} exists and {@code overwrite} is false
     */
    static Result run(Path dataDir, Path output, boolean overwrite) throws IOException, SQLException {
        Path source = dataDir.resolve(Database.FILE_NAME).toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new NoSuchFileException(source.toString(), null, "no PayLyt database in this data dir");
        }
        Path target = output.toAbsolutePath();
        if (Files.exists(target) && !overwrite) {
            throw new FileAlreadyExistsException(target.toString(), null, "pass --overwrite to replace it");
        }
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        try {
            ownerOnly(partial);
            copy(source, partial);
            check(partial);
            move(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new Result(source, target, Files.size(target));
    }

    private static void copy(Path source, Path partial) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source)) {
            ((SQLiteConnection) connection).getDatabase().backup("main", partial.toString(), (remaining, total) -> {
            }, BUSY_RETRY_MILLIS, BUSY_RETRIES, ALL_PAGES);
        }
    }

    /** Checks the copy and turns it into a single self-contained file without a -wal companion. */
    private static void check(Path partial) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + partial);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=DELETE");
            try (ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
                String verdict = result.next() ? result.getString(1) : "no result";
                if (!"ok".equals(verdict)) {
                    throw new IOException("The copy failed SQLite's integrity check: " + verdict);
                }
            }
        }
    }

    private static void move(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
