package com.paylyt.desktop;

import com.paylyt.desktop.connection.EmbeddedServerLauncher;
import java.nio.file.Path;

/**
 * How the app starts.
 *
 * @param dataDir where the embedded server keeps its database and the app its settings and session
 * @param preferredPort the embedded server's port; 0 means any free port, without looking for a running server
 */
public record DesktopOptions(Path dataDir, int preferredPort, EmbeddedServerLauncher launcher) {

    public static final int DEFAULT_PORT = 3000;
}
