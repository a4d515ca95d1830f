package com.paylyt.desktop.shell;

import com.paylyt.desktop.AppFlow;
import com.paylyt.desktop.AppState;
import com.paylyt.desktop.connection.Connection;
import com.paylyt.desktop.ui.Navigator;
import com.paylyt.model.api.UserView;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The signed-in window: navigation on the left, the server address on top, the current screen inside. */
public final class ShellController {

    private static final String ACTIVE = "active";

    private final AppState state;
    private final Navigator navigator;
    private final AppFlow flow;
    private final ChangeListener<UserView> userListener = (observable, old, user) -> showUser(user);

    @FXML
    private StackPane content;
    @FXML
    private Label userLabel;
    @FXML
    private Label serverLabel;
    @FXML
    private Button dashboardNav;
    @FXML
    private Button newJobNav;
    @FXML
    private Button walletNav;
    @FXML
    private Button settingsNav;

    public ShellController(AppState state, Navigator navigator, AppFlow flow) {
        this.state = state;
        this.navigator = navigator;
        this.flow = flow;
    }

    @FXML
    private void initialize() {
        state.userProperty().addListener(userListener);
        showUser(state.user());
        showServer(state.connection());
    }

    /** Puts a screen into the window and marks its entry in the navigation. */
    public void setContent(Node screen, String navigationKey) {
        content.getChildren().setAll(screen);
        Map<String, Button> entries = Map.of("dashboard", dashboardNav, "new-job", newJobNav,
                "wallet", walletNav, "settings", settingsNav);
        entries.forEach((key, button) -> {
            button.getStyleClass().remove(ACTIVE);
            if (key.equals(navigationKey)) {
                button.getStyleClass().add(ACTIVE);
            }
        });
    }

    @FXML
    private void openDashboard() {
        navigator.showDashboard();
    }

    @FXML
    private void openNewJob() {
        navigator.showNewJob();
    }

    @FXML
    private void openWallet() {
        navigator.showWallet();
    }

    @FXML
    private void openSettings() {
        navigator.showSettings();
    }

    @FXML
    private void signOut() {
        state.userProperty().removeListener(userListener);
        flow.signOut();
    }

    private void showUser(UserView user) {
        userLabel.setText(user == null ? "" : user.username());
    }

    private void showServer(Connection connection) {
        if (connection == null) {
            serverLabel.setText("");
            return;
        }
        String notice = connection.notice().isEmpty() ? "" : " (" + connection.notice() + ")";
        serverLabel.setText(connection.baseUrl() + notice);
    }
}
