package com.paylyt.desktop.connection;

import com.paylyt.server.PaylytServer;
import com.paylyt.server.ServerConfig;
import java.nio.file.Path;

/** Starts the real PayLyt server in this process, on loopback with the Lightning simulator. */
public final class PaylytServerLauncher implements EmbeddedServerLauncher {

    @Override
    public EmbeddedServer start(Path dataDir, int port) {
        ServerConfig config = ServerConfig.defaults().withHost("127.0.0.1").withPort(port).withDataDir(dataDir)
                .withLightning("simulated");
        PaylytServer server = PaylytServer.create(config);
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return new Running(server);
    }

    private record Running(PaylytServer server) implements EmbeddedServer {
        @Override
        public String baseUrl() {
            return server.baseUrl();
        }

        @Override
        public int port() {
            return server.port();
        }

        @Override
        public void close() {
            server.stop();
        }
    }
}
