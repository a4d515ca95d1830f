package com.paylyt.desktop.ui;

import com.paylyt.desktop.dashboard.DashboardController;
import com.paylyt.desktop.fund.FundDialogController;
import com.paylyt.desktop.job.JobDetailController;
import com.paylyt.desktop.job.NewJobController;
import com.paylyt.desktop.login.LoginController;
import com.paylyt.desktop.settings.SettingsController;
import com.paylyt.desktop.shell.ShellController;
import com.paylyt.desktop.start.ConnectingController;
import com.paylyt.desktop.wallet.WalletController;
import com.paylyt.model.api.JobView;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** Moves between screens in the main window and opens dialogs. FX thread only. */
public final class Navigator {

    private final ViewLoader loader;
    private final Messages messages;
    private final StackPane screenHolder = new StackPane();
    private final VBox root;
    private Stage stage;
    private ShellController shell;

    public Navigator(ViewLoader loader, Messages messages, ConnectionBanner banner) {
        this.loader = loader;
        this.messages = messages;
        VBox.setVgrow(screenHolder, Priority.ALWAYS);
        this.root = new VBox(new BannerView(banner, messages), screenHolder);
    }

    /** Returns the main window's root: the connection banner above the current screen. */
    public VBox root() {
        return root;
    }

    public void attach(Stage primaryStage) {
        this.stage = primaryStage;
    }

    public ConnectingController showConnecting() {
        return showTopLevel(ConnectingController.class);
    }

    /** Shows the sign-in screen, with {@code notice} above the form unless it is empty. */
    public void showLogin(String notice) {
        showTopLevel(LoginController.class).showNotice(notice);
    }

    public void showDashboard() {
        showInShell(DashboardController.class, "dashboard");
    }

    public void showNewJob() {
        showInShell(NewJobController.class, "new-job");
    }

    public void showJob(String jobId) {
        showInShell(JobDetailController.class, "dashboard").load(jobId);
    }

    /** Shows a job that the caller cannot open by id, such as an open job from the list. */
    public void showJob(JobView job) {
        showInShell(JobDetailController.class, "dashboard").show(job);
    }

    public void showWallet() {
        showInShell(WalletController.class, "wallet");
    }

    /** Shows the settings inside the main window when signed in, else in place of the sign-in screen. */
    public void showSettings() {
        if (shell != null) {
            showInShell(SettingsController.class, "settings");
        } else {
            showTopLevel(SettingsController.class);
        }
    }

    public boolean isSignedInView() {
        return shell != null;
    }

    /** Opens the invoice dialog for a job and runs {@code onClosed} when it closes, paid or not. */
    public void openFundDialog(JobView job, Runnable onClosed) {
        ViewLoader.View<FundDialogController> view = loader.load(FundDialogController.class);
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("fund.window.title"));
        Scene scene = new Scene(view.root());
        scene.getStylesheets().addAll(root.getScene().getStylesheets());
        dialog.setScene(scene);
        dialog.setOnHidden(event -> {
            view.controller().stop();
            onClosed.run();
        });
        view.controller().open(job, dialog::close);
        dialog.show();
    }

    private <C> C showTopLevel(Class<C> controllerType) {
        shell = null;
        ViewLoader.View<C> view = loader.load(controllerType);
        screenHolder.getChildren().setAll(view.root());
        return view.controller();
    }

    private <C> C showInShell(Class<C> controllerType, String navigationKey) {
        if (shell == null) {
            ViewLoader.View<ShellController> shellView = loader.load(ShellController.class);
            screenHolder.getChildren().setAll(shellView.root());
            shell = shellView.controller();
        }
        ViewLoader.View<C> view = loader.load(controllerType);
        shell.setContent(view.root(), navigationKey);
        return view.controller();
    }
}
