package com.paylyt.server.providers;

/**
 * A provider setting is missing or invalid, so the server cannot start with the selected provider. The message
 * names the setting and never contains a secret value.
 */
public class InvalidProviderSettingsException extends IllegalStateException {

    public InvalidProviderSettingsException(String message) {
        super(message);
    }

    public InvalidProviderSettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
