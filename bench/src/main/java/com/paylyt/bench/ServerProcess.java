package com.paylyt.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server under test in its own JVM, listening on 127.0.0.1, with its output in a log file. Every server
 * process gets the same JVM options, so that the bare Javalin baseline and PayLyt are compared fairly.
 */
final class ServerProcess implements AutoCloseable {

    /** JVM options of every server process: a fixed heap, so that runs do not differ by heap sizing. */
    static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx256m", "-XX:+UseParallelGC");

    private static final long START_TIMEOUT_MILLIS = 60_000;
    private static final long STOP_TIMEOUT_SECONDS = 15;

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the PayLyt server jar on a data dir and waits until {@code /api/health} returns 200. */
    static ServerProcess paylyt(Path serverJar, Path dataDir, String webhookSecret, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = javaCommand();
        String extra = System.getenv("PAYLYT_BENCH_SERVER_OPTS");
        if (extra != null && !extra.isBlank()) {
            // For profiling, such as -XX:StartFlightRecording=filename=server.jfr; baselines do not get them.
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", serverJar.toString(), "--port", Integer.toString(port),
                "--data-dir", dataDir.toString(), "--webhook-secret", webhookSecret));
        return start(command, port, "/api/health", log);
    }

    /** Starts the bare Javalin baseline from this JVM's class path. */
    static ServerProcess bareJavalin(Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = javaCommand();
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BareJavalinServer.class.getName(),
                Integer.toString(port)));
        return start(command, port, BareJavalinServer.PATH, log);
    }

    private static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        return command;
    }

    private static ServerProcess start(List<String> command, int port, String readyPath, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServerProcess server = new ServerProcess(process, port, log);
        try {
            server.awaitReady(readyPath);
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitReady(String path) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("The server exited with status " + process.exitValue() + " before it was ready;"
                        + " see " + log);
            }
            try (HttpConnection connection = new HttpConnection(port)) {
                if (connection.get(path, null).status() == 200) {
                    return;
                }
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("The server did not respond on port " + port + " within "
                            + START_TIMEOUT_MILLIS + " ms; see " + log, e);
                }
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    /** Returns the resident set size of the server process in MiB, from {@code /proc}, or -1 where unavailable. */
    double residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Stops the server with SIGTERM, and kills it when it has not exited in time. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
