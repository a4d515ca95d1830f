package com.paylyt.server.rates;

/** No rate recent enough to use: the source is down or its rate is older than the configured maximum age. */
public class RateUnavailableException extends RuntimeException {

    public RateUnavailableException(String message) {
        super(message);
    }

    public RateUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
