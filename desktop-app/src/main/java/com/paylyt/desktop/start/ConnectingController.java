package com.paylyt.desktop.start;

import com.paylyt.desktop.AppFlow;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.desktop.ui.Navigator;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** The first screen: shows that the app is connecting, or why it could not, with retry and settings. */
public final class ConnectingController {

    private final AppFlow flow;
    private final Navigator navigator;
    private final Messages messages;

    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label statusLabel;
    @FXML
    private Label errorLabel;
    @FXML
    private Button retryButton;
    @FXML
    private Button settingsButton;

    public ConnectingController(AppFlow flow, Navigator navigator, Messages messages) {
        this.flow = flow;
        this.navigator = navigator;
        this.messages = messages;
    }

    /** Shows why connecting failed and offers to retry or change the server. */
    public void showFailure(String reason) {
        progress.setVisible(false);
        statusLabel.setText(messages.get("connecting.failed"));
        errorLabel.setText(reason);
        errorLabel.setVisible(true);
        retryButton.setVisible(true);
        settingsButton.setVisible(true);
    }

    @FXML
    private void retry() {
        flow.start();
    }

    @FXML
    private void openSettings() {
        navigator.showSettings();
    }
}
