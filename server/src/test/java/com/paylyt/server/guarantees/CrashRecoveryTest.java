package com.paylyt.server.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.server.cli.ServerCommand;
import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Kills the server process with SIGKILL in the middle of a stream of money-moving requests, restarts it on
 * the same data dir, and checks that every acknowledged request survived and the books are consistent. The
 * child JVM runs in an unusual time zone and locale to catch code that depends on the platform defaults.
 */
class CrashRecoveryTest {

    private static final int ROUNDS = 5;
    private static final int WRITERS = 4;
    private static final String ZONE = "Pacific/Chatham";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void acknowledgedWritesSurviveKillNine() throws Exception {
        Random random = new Random(20_240_601);
        Set<String> acknowledgedConversions = ConcurrentHashMap.newKeySet();
        Set<String> acknowledgedJobs = ConcurrentHashMap.newKeySet();
        Process server = start();
        ApiClient api = client(server);
        String email = "crash@example.com";
        String password = "crash test password";
        assertThat(api.post("/auth/register", Map.of("username", "crash", "email", email, "password", password))
                .status()).isEqualTo(201);
        String token = api.post("/auth/login", Map.of("email", email, "password", password)).body().get("token")
                .asText();
        fundWallet(api.withToken(token));

        for (int round = 0; round < ROUNDS; round++) {
            ApiClient user = api.withToken(token);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> write(user, writer, stop, acknowledgedConversions, acknowledgedJobs));
            }
            Thread.sleep(300 + random.nextInt(900));
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(verifyLedger()).as("verify-ledger after kill %d", round).isZero();
            server = start();
            api = client(server);
            assertSurvived(api.withToken(token), acknowledgedConversions, acknowledgedJobs);
        }
        server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(acknowledgedConversions).as("conversions acknowledged before the kills").isNotEmpty();
    }

    private static void write(ApiClient user, int writer, AtomicBoolean stop, Set<String> conversions,
            Set<String> jobs) {
        int i = 0;
        while (!stop.get() && i++ < 500) {
            try {
                if (writer % 2 == 0) {
                    ApiClient.Response converted = user.post("/wallet/convert",
                            Map.of("amount_btc", "0.00001", "target_currency", "USD"));
                    if (converted.status() == 200) {
                        conversions.add(converted.body().get("conversion_id").asText());
                    }
                } else {
                    Map<String, Object> job = new java.util.HashMap<>(com.paylyt.server.support.Escrow.jobRequest(null));
                    job.put("deadline", "2031-10-26T02:30:00+02:00");
                    ApiClient.Response created = user.post("/jobs", job);
                    if (created.status() == 201) {
                        jobs.add(created.body().get("id").asText());
                    }
                }
            } catch (RuntimeException e) {
                // The server died mid-request: the request was never acknowledged, so nothing is expected of it.
                return;
            }
        }
    }

    private void assertSurvived(ApiClient user, Set<String> conversions, Set<String> jobs) throws SQLException {
        // Read from the database: the wallet's history shows only the newest 200 entries.
        Set<String> booked = new HashSet<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("paylyt.db"));
                ResultSet row = connection.createStatement().executeQuery("SELECT c.id FROM conversions c"
                        + " JOIN ledger_transactions t ON t.kind = 'conversion' AND t.reference = c.id")) {
            while (row.next()) {
                booked.add(row.getString(1));
            }
        }
        assertThat(booked).containsAll(conversions);
        assertThat(user.get("/wallet").body().get("balances").get("sats").asLong())
                .isEqualTo(1_000_000 - 1_000L * booked.size());
        for (String jobId : jobs) {
            ApiClient.Response job = user.get("/jobs/" + jobId);
            assertThat(job.status()).as("job %s", jobId).isEqualTo(200);
            assertThat(job.body().get("deadline").asText()).isEqualTo("2031-10-26T00:30:00Z");
            assertThat(job.body().get("created_at").asText()).endsWith("Z");
        }
    }

    private void fundWallet(ApiClient user) {
        Map<String, Object> job = new java.util.HashMap<>(com.paylyt.server.support.Escrow.jobRequest(null));
        String jobId = user.post("/jobs", job).body().get("id").asText();
        String invoiceId = user.post("/jobs/" + jobId + "/invoice", null).body().get("invoice_id").asText();
        // 100,000 sats fund the job; the other 1,000,000 are an overpayment credited to the wallet.
        ApiClient.Response paid = user.withToken(null).webhook(
                com.paylyt.server.support.Escrow.paidWebhook(invoiceId, 1_100_000), TestServer.WEBHOOK_SECRET);
        assertThat(paid.status()).isEqualTo(200);
    }

    private int verifyLedger() {
        return new CommandLine(new ServerCommand()).execute("verify-ledger", "--data-dir", dataDir.toString());
    }

    private Process start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // C1 only: the child serves a few hundred requests, so fast start-up matters more than peak speed.
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1",
                "-Duser.timezone=" + ZONE,
                "-Duser.language=tr", "-Duser.country=TR", "-cp", System.getProperty("java.class.path"),
                ServerCommand.class.getName(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--data-dir", dataDir.toString(), "--webhook-secret", TestServer.WEBHOOK_SECRET)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server-" + port + ".log").toFile());
        Process process = builder.start();
        children.add(process);
        URI health = URI.create("http://127.0.0.1:" + port + "/api/health");
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200) {
                    portOf.put(process, port);
                    return process;
                }
            } catch (IOException e) {
                Thread.sleep(100);
            }
            if (!process.isAlive()) {
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The server did not start; see " + dataDir + ":\n"
                + Files.readString(dataDir.resolve("server-" + port + ".log")));
    }

    private final Map<Process, Integer> portOf = new ConcurrentHashMap<>();
    private final java.util.List<Process> children = new java.util.ArrayList<>();

    @AfterEach
    void killChildren() throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private ApiClient client(Process process) {
        return ApiClient.forBaseUrl("http://127.0.0.1:" + portOf.get(process) + "/api");
    }
}
