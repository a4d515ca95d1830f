package com.paylyt.desktop.login;

import com.paylyt.desktop.AppFlow;
import com.paylyt.desktop.AppState;
import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.api.ProblemException;
import com.paylyt.desktop.connection.Connection;
import com.paylyt.desktop.ui.ErrorDisplay;
import com.paylyt.desktop.ui.Forms;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.desktop.ui.Navigator;
import com.paylyt.desktop.ui.TaskRunner;
import com.paylyt.model.api.LoginResponse;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;

/** Sign in, or register and then sign in. */
public final class LoginController {

    private final ApiClient api;
    private final AppFlow flow;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorDisplay errors;
    private final AppState state;
    private final LoginViewModel model;

    @FXML
    private Label noticeLabel;
    @FXML
    private ToggleButton signInToggle;
    @FXML
    private ToggleButton registerToggle;
    @FXML
    private VBox usernameBox;
    @FXML
    private TextField usernameField;
    @FXML
    private Label usernameError;
    @FXML
    private TextField emailField;
    @FXML
    private Label emailError;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Label passwordError;
    @FXML
    private Label formMessage;
    @FXML
    private Button submitButton;
    @FXML
    private Label serverLabel;

    public LoginController(ApiClient api, AppFlow flow, Navigator navigator, TaskRunner tasks, ErrorDisplay errors,
            AppState state, Messages messages) {
        this.api = api;
        this.flow = flow;
        this.navigator = navigator;
        this.tasks = tasks;
        this.errors = errors;
        this.state = state;
        this.model = new LoginViewModel(messages);
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(model.usernameProperty());
        emailField.textProperty().bindBidirectional(model.emailProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        usernameError.textProperty().bind(model.errors().messageProperty("username"));
        emailError.textProperty().bind(model.errors().messageProperty("email"));
        passwordError.textProperty().bind(model.errors().messageProperty("password"));
        formMessage.textProperty().bind(model.formMessageProperty());
        Forms.hideWhenEmpty(usernameError, emailError, passwordError, formMessage);
        submitButton.disableProperty().bind(model.busyProperty());
        usernameBox.visibleProperty().bind(model.registeringProperty());
        usernameBox.managedProperty().bind(model.registeringProperty());
        registerToggle.selectedProperty().bindBidirectional(model.registeringProperty());
        model.registeringProperty().addListener((observable, old, registering) -> updateMode(registering));
        updateMode(false);
        Connection connection = state.connection();
        serverLabel.setText(connection == null ? "" : connection.baseUrl());
    }

    /** Shows a line above the form, such as why the previous session ended; hides it for empty text. */
    public void showNotice(String notice) {
        noticeLabel.setText(notice);
        noticeLabel.setVisible(!notice.isEmpty());
        noticeLabel.setManaged(!notice.isEmpty());
    }

    @FXML
    private void chooseSignIn() {
        model.registeringProperty().set(false);
        signInToggle.setSelected(true);
    }

    @FXML
    private void submit() {
        if (!model.validate()) {
            return;
        }
        model.busyProperty().set(true);
        if (model.registeringProperty().get()) {
            tasks.run(() -> {
                api.register(model.registerRequest());
                return api.login(model.loginRequest());
            }, this::signedIn, this::failed);
        } else {
            tasks.run(() -> api.login(model.loginRequest()), this::signedIn, this::failed);
        }
    }

    @FXML
    private void openSettings() {
        navigator.showSettings();
    }

    private void signedIn(LoginResponse response) {
        model.busyProperty().set(false);
        flow.signedIn(response);
    }

    private void failed(Throwable error) {
        model.busyProperty().set(false);
        if (error instanceof ProblemException problem && model.errors().apply(problem)) {
            return;
        }
        errors.show(error, model.formMessageProperty()::set, this::submit);
    }

    private void updateMode(boolean registering) {
        signInToggle.setSelected(!registering);
        submitButton.setText(registering ? registerToggle.getText() : signInToggle.getText());
        model.errors().clear();
        model.formMessageProperty().set("");
    }
}
