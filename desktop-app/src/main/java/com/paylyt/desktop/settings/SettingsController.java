package com.paylyt.desktop.settings;

import com.paylyt.desktop.AppFlow;
import com.paylyt.desktop.AppState;
import com.paylyt.desktop.connection.Connection;
import com.paylyt.desktop.connection.ConnectionManager;
import com.paylyt.desktop.connection.ServerSettings;
import com.paylyt.desktop.ui.ErrorDisplay;
import com.paylyt.desktop.ui.Forms;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.desktop.ui.Navigator;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;

/** Chooses between the embedded server and a remote one; the choice is saved and survives restarts. */
public final class SettingsController {

    private final ConnectionManager connections;
    private final AppFlow flow;
    private final Navigator navigator;
    private final AppState state;
    private final ErrorDisplay errors;
    private final Messages messages;
    private final SettingsViewModel model;

    @FXML
    private RadioButton embeddedOption;
    @FXML
    private RadioButton remoteOption;
    @FXML
    private TextField urlField;
    @FXML
    private Label urlError;
    @FXML
    private Label currentLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private Button saveButton;
    @FXML
    private Button backButton;

    public SettingsController(ConnectionManager connections, AppFlow flow, Navigator navigator, AppState state,
            ErrorDisplay errors, Messages messages) {
        this.connections = connections;
        this.flow = flow;
        this.navigator = navigator;
        this.state = state;
        this.errors = errors;
        this.messages = messages;
        this.model = new SettingsViewModel(messages);
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        embeddedOption.setToggleGroup(group);
        remoteOption.setToggleGroup(group);
        model.load(connections.settings());
        remoteOption.setSelected(model.remoteProperty().get());
        embeddedOption.setSelected(!model.remoteProperty().get());
        model.remoteProperty().bind(remoteOption.selectedProperty());
        urlField.textProperty().bindBidirectional(model.remoteUrlProperty());
        urlField.disableProperty().bind(remoteOption.selectedProperty().not());
        urlError.textProperty().bind(model.urlErrorProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        Forms.hideWhenEmpty(urlError, messageLabel);
        saveButton.disableProperty().bind(model.busyProperty());
        backButton.setVisible(!navigator.isSignedInView());
        backButton.setManaged(!navigator.isSignedInView());
        currentLabel.setText(describe(state.connection()));
    }

    @FXML
    private void save() {
        Optional<ServerSettings> settings = model.toSettings();
        if (settings.isEmpty()) {
            return;
        }
        model.busyProperty().set(true);
        model.messageProperty().set(messages.get("settings.connecting"));
        flow.applySettings(settings.get(), () -> model.busyProperty().set(false), error -> {
            model.busyProperty().set(false);
            model.messageProperty().set(errors.describe(error));
        });
    }

    @FXML
    private void back() {
        if (state.connection() == null) {
            flow.start();
        } else {
            navigator.showLogin("");
        }
    }

    private String describe(Connection connection) {
        if (connection == null) {
            return messages.get("settings.notConnected");
        }
        String kind = messages.get("settings.kind." + connection.kind().name().toLowerCase());
        String notice = connection.notice().isEmpty() ? "" : " (" + connection.notice() + ")";
        return kind + ": " + connection.baseUrl() + notice;
    }
}
