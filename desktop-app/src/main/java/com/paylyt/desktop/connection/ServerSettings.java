package com.paylyt.desktop.connection;

/**
 * Which server the app talks to.
 *
 * @param remoteUrl the API root of a remote server, used only when {@code mode} is {@link Mode#REMOTE}
 */
public record ServerSettings(Mode mode, String remoteUrl) {

    public enum Mode {
        /** Start the server inside the app, or use a PayLyt server already on this machine's port 3000. */
        EMBEDDED,
        REMOTE
    }

    public static ServerSettings embedded() {
        return new ServerSettings(Mode.EMBEDDED, "");
    }

    public static ServerSettings remote(String url) {
        return new ServerSettings(Mode.REMOTE, url);
    }
}
