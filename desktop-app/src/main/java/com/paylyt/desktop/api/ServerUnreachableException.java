package com.paylyt.desktop.api;

import java.io.IOException;

/** The request never got an HTTP response: connection refused, timed out or reset. */
public final class ServerUnreachableException extends ApiException {

    private final String baseUrl;

    public ServerUnreachableException(String baseUrl, IOException cause) {
        super("Cannot reach the PayLyt server at " + baseUrl + ": " + cause.getMessage(), cause);
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
