package com.paylyt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.bench.jmh.MicroBenchmarks;
import com.paylyt.server.auth.PasswordHasher;
import com.paylyt.server.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs every benchmark in order and prints a table and a JSON summary. This process is the load generator;
 * each server under test runs in a JVM of its own on 127.0.0.1.
 *
 * <p>Usage: {@code BenchMain --server-jar JAR [--work DIR] [--out FILE] [--big-jobs N] [--quick] [--skip-jmh]
 * [--desktop-result FILE] [--only ac,f,bd,e,jmh]}. {@code --only} runs some of the phases, such as {@code --only ac}
 * while working on the status lookup; targets whose inputs were not measured are left out.
 */
public final class BenchMain {

    private static final int[] CONNECTIONS = {1, 8, 32};
    /** Connections for the runs compared across data sizes and against the SQLite baseline. */
    private static final int COMPARED_CONNECTIONS = 8;
    private static final int LOGIN_CONNECTIONS = 2;
    private static final long SMALL_JOBS = 10_000;
    private static final long MAX_LOAD_OPERATIONS = 2_000_000;
    /** Jobs seeded for the funding path: more than the runs can fund in their time bound on a 2-core machine. */
    private static final long FUNDING_JOBS = 60_000;

    private final Path serverJar;
    private final Path work;
    private final Duration warmup;
    private final Duration duration;
    private final Duration serverWarmup;
    /** Rounds of each alternated measurement; the median round is reported. */
    private final int rounds;
    private final long bigJobs;
    private final List<String> only;
    private final Report report = new Report();
    private double desktopSignInMillis = Double.NaN;
    private double desktopResidentMiB = Double.NaN;

    private BenchMain(Path serverJar, Path work, boolean quick, long bigJobs, List<String> only) {
        this.only = only;
        this.serverJar = serverJar;
        this.work = work;
        this.warmup = Duration.ofMillis(quick ? 500 : 1000);
        this.duration = Duration.ofSeconds(quick ? 1 : 3);
        this.serverWarmup = Duration.ofSeconds(quick ? 2 : 5);
        this.rounds = quick ? 1 : 3;
        this.bigJobs = bigJobs;
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        Path serverJar = Path.of(option(arguments, "--server-jar", "server/target/paylyt-server.jar"));
        if (!Files.isRegularFile(serverJar)) {
            throw new IllegalArgumentException("No server jar at " + serverJar
                    + "; build it with ./mvnw -q -pl server -am package -DskipTests");
        }
        Path work = Path.of(option(arguments, "--work", "bench/target/work"));
        Path out = Path.of(option(arguments, "--out", "bench/target/results.json"));
        long bigJobs = Long.parseLong(option(arguments, "--big-jobs", "1000000"));
        String only = option(arguments, "--only", "");
        BenchMain bench = new BenchMain(serverJar, work, arguments.contains("--quick"), bigJobs,
                only.isEmpty() ? List.of() : List.of(only.split(",")));
        bench.describeMachine();
        bench.runAll(!arguments.contains("--skip-jmh"), option(arguments, "--desktop-result", null));
        bench.report.printTable(System.out);
        bench.report.writeJson(out);
        System.out.println("JSON summary: " + out.toAbsolutePath());
        System.out.println(bench.report.toJson());
    }

    private static String option(List<String> arguments, String name, String defaultValue) {
        int index = arguments.indexOf(name);
        return index >= 0 && index + 1 < arguments.size() ? arguments.get(index + 1) : defaultValue;
    }

    private void describeMachine() throws IOException {
        report.machine("cores", Runtime.getRuntime().availableProcessors());
        report.machine("cpu", cpuModel());
        report.machine("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.machine("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        report.machine("load_average_at_start", loadAverage());
        report.setting("warmup_seconds_per_run", warmup.toMillis() / 1000.0);
        report.setting("measure_seconds_per_run", duration.toSeconds());
        report.setting("rounds", rounds);
        report.setting("server_jvm_options", ServerProcess.JVM_OPTIONS);
        report.setting("big_jobs", bigJobs);
    }

    private void runAll(boolean jmh, String desktopResult) throws Exception {
        if (selected("ac")) {
            runStatusAgainstBareJavalin();
        }
        if (selected("f")) {
            runDatabaseSizes();
        }
        if (selected("bd")) {
            runFundingAgainstSqlite();
        }
        if (selected("e")) {
            System.out.println("(e) Argon2id alone, in this process");
            report.figure("e_argon2id_check_ms", argon2CheckMillis());
        }
        if (jmh && selected("jmh")) {
            System.out.println("JMH micro-benchmarks");
            MicroBenchmarks.run(work.resolve("jmh.log")).forEach(report::figure);
        }
        readDesktopResult(desktopResult);
        report.machine("load_average_at_end", loadAverage());
        computeTargets();
    }

    private boolean selected(String part) {
        return only.isEmpty() || only.contains(part);
    }

    /**
     * Runs each measurement {@link #rounds} times, alternating between them, and records the round with the
     * median throughput. Alternating spreads the machine's changing background load over both sides of a ratio.
     */
    private void alternate(Map<String, Callable<Measurement>> runs) throws Exception {
        Map<String, List<Measurement>> results = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, Callable<Measurement>> run : runs.entrySet()) {
                Measurement measurement = run.getValue().call();
                System.out.printf(Locale.ROOT, "    round %d %-28s %10.1f ops/s%n", round, measurement.name(),
                        measurement.opsPerSecond());
                results.computeIfAbsent(run.getKey(), key -> new ArrayList<>()).add(measurement);
            }
        }
        for (Map.Entry<String, List<Measurement>> result : results.entrySet()) {
            List<Measurement> sorted = new ArrayList<>(result.getValue());
            sorted.sort(Comparator.comparingDouble(Measurement::opsPerSecond));
            report.add(result.getKey(), sorted.get(sorted.size() / 2));
            report.rounds(result.getKey(), result.getValue().stream().mapToDouble(Measurement::opsPerSecond)
                    .toArray());
        }
    }

    private void runStatusAgainstBareJavalin() throws Exception {
        System.out.println("(a) bare Javalin and (c) status lookups with " + SMALL_JOBS + " jobs, alternating");
        Dataset small = Dataset.create(work.resolve("data-small"), SMALL_JOBS, Dataset.Kind.FUNDED);
        try (ServerProcess bare = ServerProcess.bareJavalin(work.resolve("logs/bare-javalin.log"));
                ServerProcess server = ServerProcess.paylyt(serverJar, small.dataDir(), PaylytClient.WEBHOOK_SECRET,
                        work.resolve("logs/paylyt-small.log"))) {
            LoadRun.Operation hello = (connection, sequence) ->
                    PaylytClient.expect(connection.get(BareJavalinServer.PATH, null), 200, "hello");
            LoadRun.Operation status = PaylytClient.statusOfRandomJob(PaylytClient.signIn(server.port()),
                    small.jobs());
            warmUp(bare, hello);
            warmUp(server, status);
            Map<String, Callable<Measurement>> runs = new LinkedHashMap<>();
            for (int connections : CONNECTIONS) {
                runs.put("a_bare_javalin_c" + connections, () -> LoadRun.run("a bare javalin", bare.port(),
                        connections, warmup, duration, MAX_LOAD_OPERATIONS, hello));
                runs.put("c_status_c" + connections, () -> LoadRun.run("c status", server.port(), connections,
                        warmup, duration, MAX_LOAD_OPERATIONS, status));
            }
            alternate(runs);
            report.figure("a_server_rss_mib", bare.residentMiB());
            report.figure("c_server_rss_mib", server.residentMiB());

            System.out.println("(e) sign-in");
            for (int connections : new int[] {1, LOGIN_CONNECTIONS}) {
                report.add("e_login_c" + connections, LoadRun.run("e login", server.port(), connections, warmup,
                        duration, MAX_LOAD_OPERATIONS, PaylytClient.login()));
            }
        }
    }

    private void runDatabaseSizes() throws Exception {
        System.out.println("(f) status lookups with " + SMALL_JOBS + " and with " + bigJobs + " jobs, alternating");
        Dataset small = Dataset.create(work.resolve("data-small"), SMALL_JOBS, Dataset.Kind.FUNDED);
        long seedStart = System.nanoTime();
        Dataset big = Dataset.create(work.resolve("data-big"), bigJobs, Dataset.Kind.FUNDED);
        report.figure("f_seed_seconds", (System.nanoTime() - seedStart) / 1e9);
        report.figure("f_database_mib", Files.size(big.dataDir().resolve(Database.FILE_NAME)) / 1048576.0);
        try (ServerProcess smallServer = ServerProcess.paylyt(serverJar, small.dataDir(),
                PaylytClient.WEBHOOK_SECRET, work.resolve("logs/paylyt-small.log"));
                ServerProcess bigServer = ServerProcess.paylyt(serverJar, big.dataDir(), PaylytClient.WEBHOOK_SECRET,
                        work.resolve("logs/paylyt-big.log"))) {
            LoadRun.Operation smallStatus = PaylytClient.statusOfRandomJob(PaylytClient.signIn(smallServer.port()),
                    small.jobs());
            LoadRun.Operation bigStatus = PaylytClient.statusOfRandomJob(PaylytClient.signIn(bigServer.port()),
                    big.jobs());
            warmUp(smallServer, smallStatus);
            warmUp(bigServer, bigStatus);
            Map<String, Callable<Measurement>> runs = new LinkedHashMap<>();
            runs.put("f_status_10k_c" + COMPARED_CONNECTIONS, () -> LoadRun.run("f status " + SMALL_JOBS + " jobs",
                    smallServer.port(), COMPARED_CONNECTIONS, warmup, duration, MAX_LOAD_OPERATIONS, smallStatus));
            runs.put("f_status_big_c" + COMPARED_CONNECTIONS, () -> LoadRun.run("f status " + bigJobs + " jobs",
                    bigServer.port(), COMPARED_CONNECTIONS, warmup, duration, MAX_LOAD_OPERATIONS, bigStatus));
            alternate(runs);
            report.figure("f_big_server_rss_mib", bigServer.residentMiB());
        }
    }

    private void runFundingAgainstSqlite() throws Exception {
        System.out.println("(b) SQLite commits and (d) the funding path (invoice, then signed webhook), alternating");
        Dataset funding = Dataset.create(work.resolve("data-funding"), FUNDING_JOBS, Dataset.Kind.AWAITING_FUNDING);
        long measured = 0;
        Map<String, Measurement> dRuns = new LinkedHashMap<>();
        try (ServerProcess server = ServerProcess.paylyt(serverJar, funding.dataDir(),
                PaylytClient.WEBHOOK_SECRET, work.resolve("logs/paylyt-funding.log"))) {
            LoadRun.Operation fund = PaylytClient.fundNextJob(PaylytClient.signIn(server.port()));
            warmUp(server, fund);
            // Every operation funds a new job, warm-up included, so no run may use more than a few of them.
            long budget = FUNDING_JOBS / (4L * rounds);
            Map<String, Callable<Measurement>> runs = new LinkedHashMap<>();
            runs.put("b_sqlite_commit", () -> SqliteBaseline.run(work.resolve("sqlite-baseline"), warmup, duration,
                    MAX_LOAD_OPERATIONS));
            for (int connections : new int[] {1, COMPARED_CONNECTIONS}) {
                runs.put("d_funding_c" + connections, () -> {
                    Measurement measurement = LoadRun.run("d funding", server.port(), connections, warmup,
                            duration, budget, fund);
                    dRuns.put(measurement.name() + dRuns.size(), measurement);
                    return measurement;
                });
            }
            alternate(runs);
        }
        for (Measurement measurement : dRuns.values()) {
            measured += measurement.operations();
        }
        long funded = countFunded(funding.dataDir());
        report.figure("d_funded_jobs_in_database", funded);
        if (funded < measured) {
            throw new IllegalStateException("Only " + funded + " jobs are funded after " + measured
                    + " measured funding operations");
        }
    }

    private void warmUp(ServerProcess server, LoadRun.Operation operation) throws InterruptedException {
        LoadRun.run("warm-up", server.port(), COMPARED_CONNECTIONS, serverWarmup, Duration.ZERO, 0, operation);
    }

    /** Counts the funded jobs in the server's database after it stopped, to check that the runs funded jobs. */
    private static long countFunded(Path dataDir) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:sqlite:" + dataDir.resolve(Database.FILE_NAME).toAbsolutePath());
                Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("SELECT count(*) FROM jobs WHERE status = 'funded'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static double argon2CheckMillis() {
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash(Dataset.PASSWORD);
        int rounds = 20;
        for (int i = 0; i < 5; i++) {
            hasher.matches(Dataset.PASSWORD, hash);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            hasher.matches(Dataset.PASSWORD, hash);
        }
        return (System.nanoTime() - start) / 1e6 / rounds;
    }

    private void readDesktopResult(String file) throws IOException {
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            report.figure("desktop", "not measured: no result from bench/desktop.sh");
            return;
        }
        JsonNode desktop = new ObjectMapper().readTree(Path.of(file).toFile());
        if (desktop.hasNonNull("skipped")) {
            report.figure("desktop", "not measured: " + desktop.get("skipped").asText());
            return;
        }
        desktopSignInMillis = desktop.get("sign_in_screen_ms").asDouble();
        desktopResidentMiB = desktop.get("rss_mib").asDouble();
        report.figure("desktop_sign_in_screen_ms", desktopSignInMillis);
        report.figure("desktop_rss_mib", desktopResidentMiB);
    }

    private void computeTargets() {
        Measurement a32 = report.measurement("a_bare_javalin_c32");
        Measurement c32 = report.measurement("c_status_c32");
        Measurement b = report.measurement("b_sqlite_commit");
        Measurement d = report.measurement("d_funding_c" + COMPARED_CONNECTIONS);
        Measurement f10k = report.measurement("f_status_10k_c" + COMPARED_CONNECTIONS);
        Measurement fBig = report.measurement("f_status_big_c" + COMPARED_CONNECTIONS);

        if (a32 != null && c32 != null) {
            double cOverA = c32.opsPerSecond() / a32.opsPerSecond();
            report.ratio("c_over_a_throughput_c32", cOverA);
            report.atLeast("(c) status / bare Javalin, 32 connections", cOverA, 0.6, "throughput");
        }
        if (b != null && d != null) {
            double dOverB = d.opsPerSecond() / b.opsPerSecond();
            report.ratio("d_over_b_ops", dOverB);
            report.atLeast("(d) funding path / SQLite commit", dOverB, 0.5, "operations per second");
        }
        if (f10k != null && fBig != null) {
            double fSlowdown = f10k.opsPerSecond() / fBig.opsPerSecond();
            report.ratio("f_big_over_10k_slowdown_throughput", fSlowdown);
            report.ratio("f_big_over_10k_p50", fBig.p50Millis() / f10k.p50Millis());
            report.atMost("(f) " + bigJobs + " jobs slowdown vs 10,000", fSlowdown, 1.3, "throughput");
        }
        desktopTargets();
    }

    private void desktopTargets() {
        if (Double.isNaN(desktopSignInMillis)) {
            return;
        }
        report.atMost("desktop launch to sign-in screen, ms", desktopSignInMillis, 2000, "bench/desktop.sh");
        report.atMost("desktop resident memory after launch and idle, MiB", desktopResidentMiB, 300, "bench/desktop.sh");
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "unknown";
        }
        return Files.readAllLines(cpuinfo).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst().orElse("unknown");
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.isReadable(loadavg) ? Files.readString(loadavg).trim() : "unknown";
    }
}
