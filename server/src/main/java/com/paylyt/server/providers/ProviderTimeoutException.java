package com.paylyt.server.providers;

import com.paylyt.server.lightning.LightningException;

/**
 * A request to a provider timed out, so the provider may or may not have carried it out. Callers that move
 * money treat the operation as pending and reconcile it later, never as failed.
 */
public class ProviderTimeoutException extends LightningException {

    public ProviderTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
