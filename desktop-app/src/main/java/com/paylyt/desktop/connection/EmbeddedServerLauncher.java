package com.paylyt.desktop.connection;

import java.nio.file.Path;

/** Starts a PayLyt server in this process. */
@FunctionalInterface
public interface EmbeddedServerLauncher {

    /**
     * Starts a server on 127.0.0.1 with the Lightning simulator.
     *
     * @param port the port to listen on, or 0 for any free port
     * @throws RuntimeException when the server cannot start, for example because the port is taken
     */
    EmbeddedServer start(Path dataDir, int port);
}
