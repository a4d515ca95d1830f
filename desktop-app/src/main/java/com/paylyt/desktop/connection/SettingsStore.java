package com.paylyt.desktop.connection;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes the server choice in {@code desktop.properties} in the data dir. */
public final class SettingsStore {

    private static final Logger log = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;

    public SettingsStore(Path dataDir) {
        this.file = dataDir.resolve("desktop.properties");
    }

    public ServerSettings load() {
        if (!Files.isRegularFile(file)) {
            return ServerSettings.embedded();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            log.warn("Could not read {}; using the embedded server", file, e);
            return ServerSettings.embedded();
        }
        String mode = properties.getProperty("server.mode", "embedded").toUpperCase(Locale.ROOT);
        String url = properties.getProperty("server.url", "");
        return "REMOTE".equals(mode) && !url.isBlank() ? ServerSettings.remote(url) : ServerSettings.embedded();
    }

    public void save(ServerSettings settings) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("server.mode", settings.mode().name().toLowerCase(Locale.ROOT));
        properties.setProperty("server.url", settings.remoteUrl() == null ? "" : settings.remoteUrl());
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "PayLyt desktop settings");
        }
    }
}
