package com.paylyt.desktop.connection;

/** A PayLyt server running inside this process. */
public interface EmbeddedServer extends AutoCloseable {

    /** Returns the API root, such as {@code http://127.0.0.1:3000/api}. */
    String baseUrl();

    int port();

    /** Stops the server and releases its port and database; does not throw. */
    @Override
    void close();
}
