package com.paylyt.desktop;

import com.paylyt.desktop.connection.PaylytServerLauncher;
import com.paylyt.server.config.DataDirectories;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. The data dir is the platform's per-user application-data folder unless the
 * {@code PAYLYT_DATA_DIR} environment variable or the {@code paylyt.dataDir} system property names another,
 * and the embedded server's port is 3000 unless {@code PAYLYT_PORT} or {@code paylyt.port} sets another.
 */
public final class PaylytApplication extends Application {

    private DesktopApp app;

    @Override
    public void start(Stage stage) {
        app = new DesktopApp(optionsFromEnvironment());
        // A kill signal skips Application.stop(), so the hook stops the embedded server and its database too.
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "paylyt-shutdown"));
        app.start(stage);
    }

    @Override
    public void stop() {
        if (app != null) {
            app.stop();
        }
    }

    static DesktopOptions optionsFromEnvironment() {
        String dataDir = setting("paylyt.dataDir", "PAYLYT_DATA_DIR");
        String port = setting("paylyt.port", "PAYLYT_PORT");
        return new DesktopOptions(
                dataDir == null ? DataDirectories.defaultDataDir() : Path.of(dataDir),
                port == null ? DesktopOptions.DEFAULT_PORT : Integer.parseInt(port),
                new PaylytServerLauncher());
    }

    private static String setting(String property, String environmentVariable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
