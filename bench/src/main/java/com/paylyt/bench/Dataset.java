package com.paylyt.bench;

import com.paylyt.server.auth.PasswordHasher;
import com.paylyt.server.db.Database;
import com.paylyt.server.lightning.Bolt11Encoder;
import com.paylyt.server.lightning.Bolt11Invoice;
import com.paylyt.server.lightning.NodeKey;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A server data dir seeded directly through SQL, which is far faster than the API: two users, and jobs between
 * them that are all visible to the client. The server's own migrations create the schema first.
 */
final class Dataset {

    static final String CLIENT_EMAIL = "bench-client@example.com";
    static final String PASSWORD = "bench-password-1";

    private static final String CLIENT_ID = "00000000-0000-4000-8000-00000000c11e";
    private static final String FREELANCER_ID = "00000000-0000-4000-8000-0000000f1ee1";
    private static final String CREATED_AT = "2025-06-01T12:00:00Z";
    /** Odd multiplier that spreads consecutive job numbers over the id space, as random UUIDs would be. */
    private static final long SPREAD = 2654435761L;

    /** What the seeded jobs look like. */
    enum Kind {
        /** Funded jobs, each with two history entries and one paid invoice, for status lookups. */
        FUNDED,
        /** Jobs awaiting funding without an invoice, for the funding path. */
        AWAITING_FUNDING
    }

    private final Path dataDir;
    private final long jobs;

    private Dataset(Path dataDir, long jobs) {
        this.dataDir = dataDir;
        this.jobs = jobs;
    }

    Path dataDir() {
        return dataDir;
    }

    long jobs() {
        return jobs;
    }

    /** Returns the id of job number {@code n}, 1-based; the SQL in {@link #insertJobs} computes the same. */
    static String jobId(long n) {
        return String.format("%08x-0000-4000-8000-%012x", (n * SPREAD) % 4294967296L, n);
    }

    /** Creates a fresh data dir with {@code jobs} jobs of {@code kind}, replacing any earlier one. */
    static Dataset create(Path dataDir, long jobs, Kind kind) throws IOException, SQLException {
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        Database.open(dataDir).close();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:sqlite:" + dataDir.resolve(Database.FILE_NAME).toAbsolutePath())) {
            try (Statement pragmas = connection.createStatement()) {
                // Seeding is not durable: a crash here only means seeding again.
                pragmas.execute("PRAGMA synchronous = OFF");
                pragmas.execute("PRAGMA cache_size = -200000");
            }
            connection.setAutoCommit(false);
            insertUsers(connection);
            insertJobs(connection, jobs, kind);
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement checkpoint = connection.createStatement()) {
                checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        // Without synchronous writes the seeded pages are still being written back while the measurement runs,
        // which slowed the first lookups on a 1.4 GB database several times over.
        try (FileChannel file = FileChannel.open(dataDir.resolve(Database.FILE_NAME), StandardOpenOption.WRITE)) {
            file.force(true);
        }
        return new Dataset(dataDir, jobs);
    }

    private static void insertUsers(Connection connection) throws SQLException {
        String hash = new PasswordHasher().hash(PASSWORD);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO users (id, username, username_key,"
                + " email, email_key, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (String[] user : new String[][] {
                    {CLIENT_ID, "bench-client", CLIENT_EMAIL},
                    {FREELANCER_ID, "bench-freelancer", "bench-freelancer@example.com"}}) {
                insert.setString(1, user[0]);
                insert.setString(2, user[1]);
                insert.setString(3, user[1]);
                insert.setString(4, user[2]);
                insert.setString(5, user[2]);
                insert.setString(6, hash);
                insert.setString(7, CREATED_AT);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertJobs(Connection connection, long jobs, Kind kind) throws SQLException {
        boolean funded = kind == Kind.FUNDED;
        try (PreparedStatement insert = connection.prepareStatement("WITH RECURSIVE seq(n) AS"
                + " (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?)"
                + " INSERT INTO jobs (id, client_id, freelancer_id, title, description, amount_fiat_minor,"
                + " fiat_currency, amount_sats, funded_sats, deadline, status, created_at, updated_at)"
                + " SELECT printf('%08x-0000-4000-8000-%012x', (n * " + SPREAD + ") % 4294967296, n), ?, ?,"
                + " 'Seeded job ' || n, 'A job seeded by the benchmark', 5000, 'USD', 10000 + n % 1000,"
                + (funded ? " 10000 + n % 1000" : " 0") + ", '2030-01-01T00:00:00Z', ?, ?, ? FROM seq"
                // Inserting in key order appends to every index instead of splitting pages all over them.
                + " ORDER BY 1")) {
            insert.setLong(1, jobs);
            insert.setString(2, CLIENT_ID);
            insert.setString(3, FREELANCER_ID);
            insert.setString(4, funded ? "funded" : "awaiting_funding");
            insert.setString(5, CREATED_AT);
            insert.setString(6, CREATED_AT);
            insert.executeUpdate();
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO job_events (job_id, status, actor, at)"
                    + " SELECT id, 'awaiting_funding', 'bench-client', created_at FROM jobs ORDER BY id");
            if (!funded) {
                return;
            }
            statement.executeUpdate("INSERT INTO job_events (job_id, status, actor, at)"
                    + " SELECT id, 'funded', 'lightning', created_at FROM jobs ORDER BY id");
        }
        try (PreparedStatement invoices = connection.prepareStatement("INSERT INTO invoices (id, job_id, provider,"
                + " payment_request, payment_hash, amount_sats, received_sats, status, expires_at, created_at,"
                + " settled_at) SELECT 'inv-' || id, id, 'simulated', ?, lower(hex(randomblob(32))), amount_sats,"
                + " amount_sats, 'paid', ?, created_at, created_at FROM jobs ORDER BY id")) {
            invoices.setString(1, samplePaymentRequest());
            invoices.setString(2, "2025-06-01T12:15:00Z");
            invoices.executeUpdate();
        }
    }

    /** Returns a real regtest payment request, so that stored invoices have the usual size. */
    static String samplePaymentRequest() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        byte[] hash = new byte[32];
        Arrays.fill(hash, (byte) 1);
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) 2);
        return new Bolt11Encoder(NodeKey.fromPrivateKey(key)).encode(new Bolt11Invoice(
                Bolt11Invoice.Network.REGTEST, 10_000_000L, Instant.parse(CREATED_AT), hash, secret,
                "PayLyt escrow for \"Seeded job 1\"", Duration.ofMinutes(15), 18, Set.of(8, 14)));
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
