package com.paylyt.bench;

import com.paylyt.server.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Baseline (b): one small durable transaction per operation, through the same JDBC driver and the same
 * settings as the server ({@link Database#sqliteSettings()}: WAL, synchronous FULL, BEGIN IMMEDIATE), on one
 * connection and one thread, because SQLite runs one writer at a time anyway.
 */
final class SqliteBaseline {

    private SqliteBaseline() {
    }

    static Measurement run(Path directory, Duration warmup, Duration duration, long maxOperations)
            throws IOException, SQLException {
        Dataset.deleteRecursively(directory);
        Files.createDirectories(directory);
        String url = "jdbc:sqlite:" + directory.resolve("baseline.db").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, Database.sqliteSettings().toProperties())) {
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE TABLE payments (id INTEGER PRIMARY KEY, invoice_id TEXT NOT NULL,"
                        + " amount_sats INTEGER NOT NULL, at TEXT NOT NULL)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO payments (invoice_id, amount_sats, at) VALUES (?, ?, ?)")) {
                long warmupEnd = System.nanoTime() + warmup.toNanos();
                long deadline = warmupEnd + duration.toNanos();
                long[] latencies = new long[1024];
                int count = 0;
                long last = warmupEnd;
                for (long n = 0; ; n++) {
                    long start = System.nanoTime();
                    if (start >= deadline || count >= maxOperations) {
                        break;
                    }
                    insert.setString(1, Dataset.jobId(n + 1));
                    insert.setLong(2, 10_000 + n % 1000);
                    insert.setString(3, Instant.now().toString());
                    insert.executeUpdate();
                    connection.commit();
                    long end = System.nanoTime();
                    if (start >= warmupEnd) {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = end - start;
                        last = end;
                    }
                }
                long[] sorted = Arrays.copyOf(latencies, count);
                Arrays.sort(sorted);
                return Measurement.of("b sqlite commit", 1, sorted, (last - warmupEnd) / 1e9, 0, null);
            }
        }
    }
}
