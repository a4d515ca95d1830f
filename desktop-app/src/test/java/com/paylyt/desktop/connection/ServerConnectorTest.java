package com.paylyt.desktop.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.desktop.api.ApiJson;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the app finds its server in embedded mode, against real servers on loopback. */
class ServerConnectorTest {

    @TempDir
    Path dataDir;

    @Test
    void runningPaylytServerIsReused() {
        try (EmbeddedServer running = new PaylytServerLauncher().start(dataDir.resolve("other"), 0)) {
            ServerConnector connector = connector(running.port());

            Connection connection = connector.connect(ServerSettings.embedded());

            assertThat(connection.kind()).isEqualTo(Connection.Kind.LOCAL_EXISTING);
            assertThat(connection.baseUrl()).isEqualTo(running.baseUrl());
            assertThat(connection.simulator()).isTrue();
            assertThat(connection.server()).isNull();
        }
    }

    @Test
    void takenPortMovesToFreePort() throws IOException {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        other.start();
        int takenPort = other.getAddress().getPort();
        try {
            Connection connection = connector(takenPort).connect(ServerSettings.embedded());
            try {
                assertThat(connection.kind()).isEqualTo(Connection.Kind.EMBEDDED);
                assertThat(connection.server().port()).isNotEqualTo(takenPort);
                assertThat(connection.notice()).isEqualTo("port " + takenPort + " is in use by another program");
            } finally {
                connection.server().close();
            }
        } finally {
            other.stop(0);
        }
    }

    @Test
    void settingsPersistRemoteChoice() throws IOException {
        SettingsStore store = new SettingsStore(dataDir);
        assertThat(store.load()).isEqualTo(ServerSettings.embedded());

        store.save(ServerSettings.remote("https://paylyt.example.com/api"));

        assertThat(new SettingsStore(dataDir).load()).isEqualTo(ServerSettings.remote("https://paylyt.example.com/api"));
    }

    private ServerConnector connector(int port) {
        return new ServerConnector(new PaylytServerLauncher(), ApiJson.mapper(), dataDir, port);
    }
}
