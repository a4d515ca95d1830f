package com.paylyt.server.config;

import java.nio.file.Path;
import java.util.Locale;

/** Where PayLyt keeps its database and secrets when no data dir is given. */
public final class DataDirectories {

    private DataDirectories() {
    }

    /**
     * Returns the platform's per-user application-data folder for PayLyt: {@code %APPDATA%\PayLyt} on Windows,
     * {@code ~/Library/Application Support/PayLyt} on macOS, {@code $XDG_DATA_HOME/paylyt} (by default
     * {@code ~/.local/share/paylyt}) elsewhere.
     */
    public static Path defaultDataDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("PayLyt");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("PayLyt");
        }
        String xdgDataHome = System.getenv("XDG_DATA_HOME");
        Path base = xdgDataHome != null && !xdgDataHome.isBlank()
                ? Path.of(xdgDataHome)
                : home.resolve(".local").resolve("share");
        return base.resolve("paylyt");
    }
}
