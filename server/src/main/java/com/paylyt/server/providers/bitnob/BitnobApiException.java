package com.paylyt.server.providers.bitnob;

import com.paylyt.server.lightning.LightningException;

/** Bitnob returned an HTTP error status. */
public class BitnobApiException extends LightningException {

    private final int statusCode;

    public BitnobApiException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    public int statusCode() {
        return statusCode;
    }

    /** Returns true for 409, which Bitnob sends when a reference was already used. */
    public boolean isDuplicateReference() {
        return statusCode == 409;
    }

    public boolean isNotFound() {
        return statusCode == 404;
    }
}
