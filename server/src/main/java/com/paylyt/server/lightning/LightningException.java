package com.paylyt.server.lightning;

/** A Lightning provider rejected a request or could not be reached. */
public class LightningException extends RuntimeException {

    public LightningException(String message) {
        super(message);
    }

    public LightningException(String message, Throwable cause) {
        super(message, cause);
    }
}
