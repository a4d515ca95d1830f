package com.paylyt.desktop;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.api.ApiJson;
import com.paylyt.desktop.connection.ConnectionManager;
import com.paylyt.desktop.connection.ServerConnector;
import com.paylyt.desktop.connection.SettingsStore;
import com.paylyt.desktop.dashboard.DashboardController;
import com.paylyt.desktop.fund.FundDialogController;
import com.paylyt.desktop.job.JobDetailController;
import com.paylyt.desktop.job.NewJobController;
import com.paylyt.desktop.login.LoginController;
import com.paylyt.desktop.session.SessionStore;
import com.paylyt.desktop.settings.SettingsController;
import com.paylyt.desktop.shell.ShellController;
import com.paylyt.desktop.start.ConnectingController;
import com.paylyt.desktop.ui.ConnectionBanner;
import com.paylyt.desktop.ui.ControllerFactory;
import com.paylyt.desktop.ui.ErrorDisplay;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.desktop.ui.Navigator;
import com.paylyt.desktop.ui.TaskRunner;
import com.paylyt.desktop.ui.ViewLoader;
import com.paylyt.desktop.wallet.WalletController;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Wires the desktop app together, the one place where its parts are created, and runs it in a stage. */
public final class DesktopApp {

    private final Messages messages = Messages.load(Locale.getDefault());
    private final ConnectionBanner banner = new ConnectionBanner();
    private final TaskRunner tasks = new TaskRunner(banner);
    private final ErrorDisplay errors = new ErrorDisplay(messages, banner);
    private final AppState state = new AppState();
    private final ControllerFactory controllers = new ControllerFactory();
    private final Navigator navigator = new Navigator(new ViewLoader(controllers, messages), messages, banner);
    private final SessionStore sessions;
    private final ApiClient api;
    private final ConnectionManager connections;
    private final AppFlow flow;
    private boolean stopped;

    public DesktopApp(DesktopOptions options) {
        ObjectMapper mapper = ApiJson.mapper();
        String placeholderUrl = "http://127.0.0.1:" + options.preferredPort() + "/api";
        this.sessions = new SessionStore(options.dataDir(), mapper, Clock.systemUTC());
        this.api = new ApiClient(placeholderUrl, mapper, sessions::token);
        ServerConnector connector =
                new ServerConnector(options.launcher(), mapper, options.dataDir(), options.preferredPort());
        this.connections = new ConnectionManager(connector, new SettingsStore(options.dataDir()), api);
        this.flow = new AppFlow(connections, sessions, api, state, navigator, tasks, errors, messages);
        registerControllers();
    }

    private void registerControllers() {
        controllers
                .register(ConnectingController.class, () -> new ConnectingController(flow, navigator, messages))
                .register(LoginController.class, () -> new LoginController(api, flow, navigator, tasks, errors,
                        state, messages))
                .register(ShellController.class, () -> new ShellController(state, navigator, flow))
                .register(DashboardController.class, () -> new DashboardController(api, state, navigator, tasks,
                        errors, messages))
                .register(NewJobController.class, () -> new NewJobController(api, navigator, tasks, errors,
                        messages))
                .register(JobDetailController.class, () -> new JobDetailController(api, state, navigator, tasks,
                        errors, messages))
                .register(FundDialogController.class, () -> new FundDialogController(api, state, tasks, errors,
                        messages))
                .register(WalletController.class, () -> new WalletController(api, tasks, errors, messages))
                .register(SettingsController.class, () -> new SettingsController(connections, flow, navigator,
                        state, errors, messages));
    }

    /** Shows the main window in {@code stage} and starts connecting. */
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(navigator.root(), 1200, 780);
        scene.getStylesheets().add(DesktopApp.class.getResource("app.css").toExternalForm());
        navigator.attach(stage);
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.show();
        flow.start();
    }

    /** Stops background work and the embedded server; a second call does nothing. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        tasks.close();
        connections.close();
    }

    /** Returns the connection manager, so that tests can stop the embedded server under the window. */
    ConnectionManager connections() {
        return connections;
    }
}
