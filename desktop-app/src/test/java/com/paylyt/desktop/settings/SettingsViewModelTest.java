package com.paylyt.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.desktop.TestMessages;
import com.paylyt.desktop.connection.ServerSettings;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    private final SettingsViewModel model = new SettingsViewModel(TestMessages.english());

    @Test
    void bareHostGetsApiPath() {
        model.remoteProperty().set(true);
        model.remoteUrlProperty().set("https://paylyt.example.com/");

        assertThat(model.toSettings()).contains(ServerSettings.remote("https://paylyt.example.com/api"));
    }

    @Test
    void urlWithoutHttpIsRejected() {
        model.remoteProperty().set(true);
        model.remoteUrlProperty().set("ftp://paylyt.example.com");

        assertThat(model.toSettings()).isEmpty();
        assertThat(model.urlErrorProperty().get()).startsWith("Enter an http or https URL");
    }

    @Test
    void embeddedIgnoresUrl() {
        model.remoteUrlProperty().set("not a url");

        assertThat(model.toSettings()).contains(ServerSettings.embedded());
    }
}
