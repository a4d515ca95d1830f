package com.paylyt.server.support;

import com.paylyt.server.PaylytServer;
import com.paylyt.server.ServerConfig;
import com.paylyt.server.ledger.LedgerVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Comparator;
import java.util.stream.Stream;

/** A real PayLyt server on a free loopback port, with its SQLite file in a fresh temporary folder. */
public final class TestServer implements AutoCloseable {

    public static final String WEBHOOK_SECRET = "test-webhook-secret-0123456789abcdef";

    private final Path dataDir;
    private final PaylytServer server;

    private TestServer(Path dataDir, PaylytServer server) {
        this.dataDir = dataDir;
        this.server = server;
    }

    public static TestServer start() {
        try {
            Path dataDir = Files.createTempDirectory("paylyt-test-");
            return start(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestServer start(Path dataDir) {
        return start(config(dataDir));
    }

    /** Starts a server with {@code config}, whose data dir the test server deletes when closed. */
    public static TestServer start(ServerConfig config) {
        return new TestServer(config.dataDir(), PaylytServer.create(config).start());
    }

    /** Starts a server whose every timestamp, expiry and token check reads {@code clock}. */
    public static TestServer start(Clock clock) {
        try {
            Path dataDir = Files.createTempDirectory("paylyt-test-");
            return new TestServer(dataDir, PaylytServer.create(config(dataDir), clock).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test configuration: a free port, {@code dataDir}, the simulator and {@link #WEBHOOK_SECRET}. */
    public static ServerConfig config(Path dataDir) {
        return ServerConfig.defaults()
                .withPort(0)
                .withDataDir(dataDir)
                .withSecrets(WEBHOOK_SECRET, null);
    }

    /** Runs the ledger checks on this server's database and returns what they found. */
    public List<LedgerVerifier.Violation> ledgerViolations() {
        return server.database().write(new LedgerVerifier()::verify);
    }

    public ApiClient client() {
        return new ApiClient(server.baseUrl());
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public Path dataDir() {
        return dataDir;
    }

    public PaylytServer server() {
        return server;
    }

    /** Stops the server and keeps the data dir, for restart tests. */
    public void stopKeepingData() {
        server.stop();
    }

    @Override
    public void close() {
        server.stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
