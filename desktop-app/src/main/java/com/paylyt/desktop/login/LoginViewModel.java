package com.paylyt.desktop.login;

import com.paylyt.desktop.ui.FieldErrors;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.model.api.LoginRequest;
import com.paylyt.model.api.RegisterRequest;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State and checks of the sign-in and register form. */
public final class LoginViewModel {

    static final int MIN_PASSWORD_LENGTH = 8;

    private final Messages messages;
    private final BooleanProperty registering = new SimpleBooleanProperty(false);
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty formMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final FieldErrors errors = new FieldErrors();

    public LoginViewModel(Messages messages) {
        this.messages = messages;
    }

    /**
     * Checks the fields before they are sent, with the server's own rules, so most mistakes show at once.
     *
     * @return whether the form may be sent
     */
    public boolean validate() {
        errors.clear();
        formMessage.set("");
        if (registering.get() && !username.get().trim().matches("[A-Za-z0-9_-]{3,32}")) {
            errors.set("username", messages.get("validation.username"));
        }
        if (!email.get().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.set("email", messages.get("validation.email"));
        }
        if (registering.get() && password.get().length() < MIN_PASSWORD_LENGTH) {
            errors.set("password", messages.get("validation.password", MIN_PASSWORD_LENGTH));
        } else if (password.get().isEmpty()) {
            errors.set("password", messages.get("validation.required"));
        }
        return errors.isEmpty();
    }

    public LoginRequest loginRequest() {
        return new LoginRequest(email.get().trim(), password.get());
    }

    public RegisterRequest registerRequest() {
        return new RegisterRequest(username.get().trim(), email.get().trim(), password.get());
    }

    public BooleanProperty registeringProperty() {
        return registering;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty formMessageProperty() {
        return formMessage;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public FieldErrors errors() {
        return errors;
    }
}
