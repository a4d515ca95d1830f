package com.paylyt.desktop.connection;

import com.paylyt.desktop.api.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the connection to the server: makes it from the saved settings, switches it when the settings change,
 * and stops the embedded server when the app closes. Its blocking methods run off the JavaFX thread.
 */
public final class ConnectionManager implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConnectionManager.class);

    private final ServerConnector connector;
    private final SettingsStore settingsStore;
    private final ApiClient api;
    private volatile Connection current;

    public ConnectionManager(ServerConnector connector, SettingsStore settingsStore, ApiClient api) {
        this.connector = connector;
        this.settingsStore = settingsStore;
        this.api = api;
    }

    public ServerSettings settings() {
        return settingsStore.load();
    }

    public Optional<Connection> current() {
        return Optional.ofNullable(current);
    }

    /** Connects to the server the saved settings name, keeping a working embedded server rather than starting another. */
    public synchronized Connection connect() {
        ServerSettings settings = settingsStore.load();
        Connection existing = current;
        if (existing != null && matches(existing, settings)) {
            return existing;
        }
        closeEmbedded();
        Connection connection = connector.connect(settings);
        api.setBaseUrl(connection.baseUrl());
        current = connection;
        return connection;
    }

    /** Saves new settings and connects to the server they name. */
    public synchronized Connection apply(ServerSettings settings) {
        try {
            settingsStore.save(settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the server settings", e);
        }
        return connect();
    }

    @Override
    public synchronized void close() {
        closeEmbedded();
    }

    private void closeEmbedded() {
        Connection existing = current;
        current = null;
        if (existing != null && existing.server() != null) {
            log.info("Stopping the embedded server at {}", existing.baseUrl());
            existing.server().close();
        }
    }

    private static boolean matches(Connection connection, ServerSettings settings) {
        if (settings.mode() == ServerSettings.Mode.REMOTE) {
            return connection.kind() == Connection.Kind.REMOTE && connection.baseUrl().equals(settings.remoteUrl());
        }
        return connection.kind() != Connection.Kind.REMOTE;
    }
}
