package com.paylyt.desktop.settings;

import com.paylyt.desktop.connection.ServerSettings;
import com.paylyt.desktop.ui.Messages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The server choice: the embedded server, or a remote server's API root. */
public final class SettingsViewModel {

    private final Messages messages;
    private final BooleanProperty remote = new SimpleBooleanProperty(false);
    private final StringProperty remoteUrl = new SimpleStringProperty("");
    private final StringProperty urlError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public SettingsViewModel(Messages messages) {
        this.messages = messages;
    }

    public void load(ServerSettings settings) {
        remote.set(settings.mode() == ServerSettings.Mode.REMOTE);
        remoteUrl.set(settings.remoteUrl() == null ? "" : settings.remoteUrl());
    }

    /**
     * Returns the settings to save, or empty when the remote URL is not an http or https URL. A URL without a
     * path gets the API root {@code /api} added, since that is the API root of a PayLyt server.
     */
    public Optional<ServerSettings> toSettings() {
        urlError.set("");
        if (!remote.get()) {
            return Optional.of(ServerSettings.embedded());
        }
        String text = remoteUrl.get().trim();
        try {
            URI uri = new URI(text);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null) {
                urlError.set(messages.get("settings.invalidUrl"));
                return Optional.empty();
            }
            String path = uri.getPath() == null || uri.getPath().isEmpty() || "/".equals(uri.getPath())
                    ? "/api" : uri.getPath();
            String normalized = uri.getScheme() + "://" + uri.getRawAuthority() + path.replaceAll("/+$", "");
            return Optional.of(ServerSettings.remote(normalized));
        } catch (URISyntaxException e) {
            urlError.set(messages.get("settings.invalidUrl"));
            return Optional.empty();
        }
    }

    public BooleanProperty remoteProperty() {
        return remote;
    }

    public StringProperty remoteUrlProperty() {
        return remoteUrl;
    }

    public StringProperty urlErrorProperty() {
        return urlError;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
