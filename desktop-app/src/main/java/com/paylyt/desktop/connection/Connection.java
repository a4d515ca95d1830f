package com.paylyt.desktop.connection;

import java.util.Optional;

/**
 * The server the app is connected to.
 *
 * @param simulator whether the server runs the Lightning simulator, so that payments can be simulated
 * @param notice a remark for the person, such as the address of a server moved off its usual port; may be empty
 */
public record Connection(String baseUrl, Kind kind, boolean simulator, String notice, EmbeddedServer server) {

    public enum Kind {
        /** A server this app started in its own process. */
        EMBEDDED,
        /** A PayLyt server that was already running on this machine's usual port. */
        LOCAL_EXISTING,
        REMOTE
    }

    /**
     * Returns the key a saved session belongs to. Every local server shares one key because the embedded
     * server keeps its token signing key in the data dir, so a token stays valid when the port changes.
     */
    public String sessionKey() {
        return kind == Kind.REMOTE ? baseUrl : "local";
    }

    public Optional<EmbeddedServer> embeddedServer() {
        return Optional.ofNullable(server);
    }
}
