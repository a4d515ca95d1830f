package com.paylyt.desktop;

import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.connection.Connection;
import com.paylyt.desktop.connection.ConnectionManager;
import com.paylyt.desktop.connection.ServerSettings;
import com.paylyt.desktop.session.Session;
import com.paylyt.desktop.session.SessionStore;
import com.paylyt.desktop.start.ConnectingController;
import com.paylyt.desktop.ui.ErrorDisplay;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.desktop.ui.Navigator;
import com.paylyt.desktop.ui.TaskRunner;
import com.paylyt.model.api.LoginResponse;
import com.paylyt.model.api.UserView;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's path from start-up to a signed-in window: connect, restore the session, sign in and out. */
public final class AppFlow {

    private static final Logger log = LoggerFactory.getLogger(AppFlow.class);

    private final ConnectionManager connections;
    private final SessionStore sessions;
    private final ApiClient api;
    private final AppState state;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorDisplay errors;
    private final Messages messages;

    public AppFlow(ConnectionManager connections, SessionStore sessions, ApiClient api, AppState state,
            Navigator navigator, TaskRunner tasks, ErrorDisplay errors, Messages messages) {
        this.connections = connections;
        this.sessions = sessions;
        this.api = api;
        this.state = state;
        this.navigator = navigator;
        this.tasks = tasks;
        this.errors = errors;
        this.messages = messages;
        errors.setOnSessionExpired(this::sessionExpired);
    }

    /** Connects as the saved settings specify, then shows the dashboard (saved session) or the sign-in screen. */
    public void start() {
        ConnectingController screen = navigator.showConnecting();
        tasks.run(connections::connect, this::connected, error -> screen.showFailure(errors.describe(error)));
    }

    /** Saves new server settings and reconnects; {@code onFailure} shows why it failed. */
    public void applySettings(ServerSettings settings, Runnable onSuccess, Consumer<Throwable> onFailure) {
        tasks.run(() -> connections.apply(settings), connection -> {
            sessions.clear();
            state.userProperty().set(null);
            onSuccess.run();
            connected(connection);
        }, onFailure);
    }

    /** Keeps the session of a successful sign-in and opens the dashboard. */
    public void signedIn(LoginResponse response) {
        String serverKey = state.connection().sessionKey();
        sessions.save(new Session(serverKey, response.token(), response.expiresAt(), response.user()));
        state.userProperty().set(response.user());
        log.info("Signed in as {}", response.user().username());
        navigator.showDashboard();
    }

    /** Ends the session on the server, where it can, and here. */
    public void signOut() {
        String token = sessions.token();
        sessions.clear();
        state.userProperty().set(null);
        navigator.showLogin("");
        if (token != null) {
            tasks.run(() -> logoutQuietly(token), ignored -> { }, error -> { });
        }
    }

    private Void logoutQuietly(String token) {
        try {
            new ApiClient(api.baseUrl(), api.mapper(), () -> token).logout();
        } catch (RuntimeException e) {
            log.debug("Logout on the server failed; the token simply expires: {}", e.getMessage());
        }
        return null;
    }

    private void sessionExpired() {
        sessions.clear();
        state.userProperty().set(null);
        navigator.showLogin(messages.get("login.sessionEnded"));
    }

    private void connected(Connection connection) {
        state.connectionProperty().set(connection);
        Optional<Session> saved = sessions.restore(connection.sessionKey());
        if (saved.isEmpty()) {
            navigator.showLogin("");
            return;
        }
        tasks.run(api::me, this::restored, error -> {
            sessions.clear();
            navigator.showLogin(errors.describe(error));
        });
    }

    private void restored(UserView user) {
        state.userProperty().set(user);
        log.info("Restored the session of {}", user.username());
        navigator.showDashboard();
    }
}
