package com.paylyt.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.server.db.Database;
import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BackupCommandTest {

    private static final int BACKUPS = 5;

    @TempDir
    Path scratch;

    @Test
    void backupDuringWritesIsConsistent() throws Exception {
        try (TestServer server = TestServer.start()) {
            Users.SignedIn client = Users.register(server.client(), "backup_client");
            AtomicInteger created = new AtomicInteger();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService writer = Executors.newSingleThreadExecutor();
            Future<?> writes = writer.submit(() -> createJobsUntilStopped(client.api(), created, writing));
            try {
                for (int i = 0; i < BACKUPS; i++) {
                    awaitMoreJobs(created, 3);
                    int before = created.get();
                    Path output = scratch.resolve("backup-" + i + ".db");

                    Run run = backup("--data-dir", server.dataDir().toString(), "--output", output.toString());
                    int after = created.get();

                    assertThat(run.exitCode()).as(run.err()).isZero();
                    assertThat(run.out()).contains("integrity check ok");
                    assertConsistent(output, before, after);
                }
            } finally {
                writing.set(false);
                writer.shutdown();
                assertThat(writer.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
            writes.get();
        }
    }

    @Test
    void restoredBackupServesSameAccounts() throws Exception {
        Path output = scratch.resolve("copy.db");
        Users.SignedIn user;
        try (TestServer server = TestServer.start()) {
            user = Users.register(server.client(), "restored");
            assertThat(backup("--data-dir", server.dataDir().toString(), "--output", output.toString()).exitCode())
                    .isZero();
        }
        Path restored = Files.createDirectories(scratch.resolve("restored"));
        Files.copy(output, restored.resolve(Database.FILE_NAME));

        try (TestServer server = TestServer.start(restored)) {
            ApiClient.Response login = server.client()
                    .post("/auth/login", Map.of("email", user.email(), "password", user.password()));

            assertThat(login.status()).as(login.body().toString()).isEqualTo(200);
        }
    }

    @Test
    void backupIsSingleOwnerOnlyFile() throws Exception {
        Path output = scratch.resolve("single.db");
        try (TestServer server = TestServer.start()) {
            Users.register(server.client(), "single");

            assertThat(backup("--data-dir", server.dataDir().toString(), "--output", output.toString()).exitCode())
                    .isZero();
        }

        assertThat(scratch.resolve("single.db-wal")).doesNotExist();
        assertThat(query(output, "PRAGMA journal_mode")).isEqualTo("delete");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output))).isEqualTo("rw-------");
        try (var files = Files.list(scratch)) {
            assertThat(files.map(path -> path.getFileName().toString()).toList()).containsExactly("single.db");
        }
    }

    @Test
    void existingOutputIsKeptWithoutOverwrite() throws Exception {
        Path output = Files.writeString(scratch.resolve("existing.db"), "keep me");
        try (TestServer server = TestServer.start()) {
            String dataDir = server.dataDir().toString();

            Run rejected = backup("--data-dir", dataDir, "--output", output.toString());
            assertThat(rejected.exitCode()).isEqualTo(BackupCommand.EXIT_FAILED);
            assertThat(rejected.err()).contains("already exists", "--overwrite");
            assertThat(Files.readString(output)).isEqualTo("keep me");

            Run replaced = backup("--data-dir", dataDir, "--output", output.toString(), "--overwrite");
            assertThat(replaced.exitCode()).as(replaced.err()).isZero();
            assertThat(query(output, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void missingDatabaseFailsWithHint() {
        Run run = backup("--data-dir", scratch.resolve("empty").toString(),
                "--output", scratch.resolve("out.db").toString());

        assertThat(run.exitCode()).isEqualTo(BackupCommand.EXIT_FAILED);
        assertThat(run.err()).contains("paylyt.db", "not found", "--data-dir");
        assertThat(scratch.resolve("out.db")).doesNotExist();
    }

    @Test
    void outputOptionIsRequired() {
        Run run = backup("--data-dir", scratch.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--output");
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run backup(String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ServerCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] args = new String[options.length + 1];
        args[0] = "backup";
        System.arraycopy(options, 0, args, 1, options.length);
        int exitCode = command.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static void createJobsUntilStopped(ApiClient api, AtomicInteger created, AtomicBoolean writing) {
        while (writing.get()) {
            ApiClient.Response response = api.post("/jobs", Map.of(
                    "title", "Job " + created.get(),
                    "description", "Written while a backup runs",
                    "amount_fiat", "10.00",
                    "fiat_currency", "USD",
                    "amount_btc", "0.0002",
                    "deadline", Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                    "milestones", List.of(
                            Map.of("title", "First", "amount_btc", "0.0001"),
                            Map.of("title", "Second", "amount_btc", "0.0001"))));
            if (response.status() != 201) {
                throw new AssertionError("Creating a job failed: " + response.body());
            }
            created.incrementAndGet();
        }
    }

    private static void awaitMoreJobs(AtomicInteger created, int count) throws InterruptedException {
        int target = created.get() + count;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (created.get() < target) {
            assertThat(System.nanoTime()).as("jobs created in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** Asserts that the copy is whole: a job without both milestones or its first event would be torn. */
    private static void assertConsistent(Path copy, int before, int after) throws SQLException {
        assertThat(query(copy, "PRAGMA integrity_check")).isEqualTo("ok");
        int jobs = Integer.parseInt(query(copy, "SELECT COUNT(*) FROM jobs"));
        assertThat(jobs).isBetween(before, after + 1);
        assertThat(query(copy, "SELECT COUNT(*) FROM jobs j WHERE (SELECT COUNT(*) FROM milestones m"
                + " WHERE m.job_id = j.id) <> 2")).isEqualTo("0");
        assertThat(query(copy, "SELECT COUNT(*) FROM jobs j WHERE NOT EXISTS (SELECT 1 FROM job_events e"
                + " WHERE e.job_id = j.id)")).isEqualTo("0");
    }

    private static String query(Path database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
