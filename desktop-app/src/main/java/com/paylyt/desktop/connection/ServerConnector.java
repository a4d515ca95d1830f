package com.paylyt.desktop.connection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.api.ApiException;
import com.paylyt.model.api.HealthView;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the app to a server: the remote one from the settings, or in embedded mode a PayLyt server already
 * listening on the preferred loopback port, or else a server started in this process.
 */
public final class ServerConnector {

    private static final Logger log = LoggerFactory.getLogger(ServerConnector.class);
    private static final String SIMULATED = "simulated";
    /** How long a PayLyt server on loopback may take to respond to the health probe. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final EmbeddedServerLauncher launcher;
    private final ObjectMapper mapper;
    private final Path dataDir;
    private final int preferredPort;

    /** @param preferredPort the embedded server's port, usually 3000; 0 starts on a free port without probing */
    public ServerConnector(EmbeddedServerLauncher launcher, ObjectMapper mapper, Path dataDir, int preferredPort) {
        this.launcher = launcher;
        this.mapper = mapper;
        this.dataDir = dataDir;
        this.preferredPort = preferredPort;
    }

    /**
     * Connects as the settings specify. Blocks, so it runs off the JavaFX application thread.
     *
     * @throws ApiException when a remote server cannot be reached or is not a PayLyt server
     */
    public Connection connect(ServerSettings settings) {
        if (settings.mode() == ServerSettings.Mode.REMOTE) {
            HealthView health = new ApiClient(settings.remoteUrl(), mapper, () -> null).health();
            log.info("Connected to the remote PayLyt server at {}", settings.remoteUrl());
            return new Connection(settings.remoteUrl(), Connection.Kind.REMOTE, isSimulated(health), "", null);
        }
        return connectLocally();
    }

    private Connection connectLocally() {
        if (preferredPort == 0) {
            return startEmbedded(0, "");
        }
        String localUrl = "http://127.0.0.1:" + preferredPort + "/api";
        Optional<HealthView> existing = probe(localUrl);
        if (existing.isPresent()) {
            log.info("Using the PayLyt server already running at {}", localUrl);
            boolean simulator = isSimulated(existing.get());
            return new Connection(localUrl, Connection.Kind.LOCAL_EXISTING, simulator, "", null);
        }
        if (isPortFree(preferredPort)) {
            return startEmbedded(preferredPort, "");
        }
        log.info("Port {} is taken by a program that is not a PayLyt server; starting on a free port", preferredPort);
        return startEmbedded(0, "port " + preferredPort + " is in use by another program");
    }

    private Connection startEmbedded(int port, String reason) {
        EmbeddedServer server = launcher.start(dataDir, port);
        String notice = reason.isEmpty() ? "" : reason;
        log.info("Started the embedded PayLyt server at {} with data in {}", server.baseUrl(), dataDir);
        return new Connection(server.baseUrl(), Connection.Kind.EMBEDDED, true, notice, server);
    }

    private Optional<HealthView> probe(String url) {
        try {
            HealthView health = new ApiClient(url, mapper, () -> null, PROBE_TIMEOUT).health();
            return "ok".equals(health.status()) ? Optional.of(health) : Optional.empty();
        } catch (ApiException e) {
            log.debug("No PayLyt server at {}: {}", url, e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean isSimulated(HealthView health) {
        return SIMULATED.equals(health.lightningProvider());
    }

    private static boolean isPortFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
