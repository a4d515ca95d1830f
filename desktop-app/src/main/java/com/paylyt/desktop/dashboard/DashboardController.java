package com.paylyt.desktop.dashboard;

import com.paylyt.desktop.AppState;
import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.ui.ErrorDisplay;
import com.paylyt.desktop.ui.Forms;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.desktop.ui.Navigator;
import com.paylyt.desktop.ui.TaskRunner;
import com.paylyt.model.api.JobList;
import java.time.ZoneId;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;

/** My jobs as client and as freelancer, and open jobs to take. */
public final class DashboardController {

    private final ApiClient api;
    private final AppState state;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorDisplay errors;
    private final Messages messages;
    private final DashboardViewModel model = new DashboardViewModel(ZoneId.systemDefault());
    private boolean firstLoad = true;

    @FXML
    private Tab clientTab;
    @FXML
    private Tab freelancerTab;
    @FXML
    private Tab openTab;
    @FXML
    private TableView<JobRow> clientTable;
    @FXML
    private TableView<JobRow> freelancerTable;
    @FXML
    private TableView<JobRow> openTable;
    @FXML
    private Button refreshButton;
    @FXML
    private Label messageLabel;

    public DashboardController(ApiClient api, AppState state, Navigator navigator, TaskRunner tasks,
            ErrorDisplay errors, Messages messages) {
        this.api = api;
        this.state = state;
        this.navigator = navigator;
        this.tasks = tasks;
        this.errors = errors;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        JobTables.configure(clientTable, messages, messages.get("jobs.column.freelancer"), this::open);
        JobTables.configure(freelancerTable, messages, messages.get("jobs.column.client"), this::open);
        JobTables.configure(openTable, messages, messages.get("jobs.column.client"),
                row -> navigator.showJob(row.job()));
        JobTables.addActionColumn(openTable, messages.get("action.accept"), this::accept);
        clientTable.setItems(model.asClient());
        freelancerTable.setItems(model.asFreelancer());
        openTable.setItems(model.open());
        messageLabel.textProperty().bind(model.messageProperty());
        Forms.hideWhenEmpty(messageLabel);
        refreshButton.disableProperty().bind(model.loadingProperty());
        refresh();
    }

    @FXML
    private void refresh() {
        model.loadingProperty().set(true);
        tasks.run(() -> new JobList[] {api.jobs("client"), api.jobs("freelancer"), api.openJobs()},
                lists -> {
                    model.loadingProperty().set(false);
                    model.setJobs(lists[0].jobs(), lists[1].jobs(), lists[2].jobs(), state.user().id());
                    updateTabTitles();
                    selectTabWithJobs();
                },
                error -> {
                    model.loadingProperty().set(false);
                    errors.show(error, model.messageProperty()::set, this::refresh);
                });
    }

    @FXML
    private void newJob() {
        navigator.showNewJob();
    }

    private void open(JobRow row) {
        navigator.showJob(row.job().id());
    }

    private void accept(JobRow row) {
        tasks.run(() -> api.accept(row.job().id()), job -> navigator.showJob(job.id()),
                error -> errors.show(error, model.messageProperty()::set, () -> accept(row)));
    }

    /** Opens on the first list that has jobs, so a freelancer does not land on an empty client list. */
    private void selectTabWithJobs() {
        if (!firstLoad) {
            return;
        }
        firstLoad = false;
        TabPane tabs = clientTab.getTabPane();
        if (model.asClient().isEmpty() && !model.asFreelancer().isEmpty()) {
            tabs.getSelectionModel().select(freelancerTab);
        } else if (model.asClient().isEmpty() && model.asFreelancer().isEmpty() && !model.open().isEmpty()) {
            tabs.getSelectionModel().select(openTab);
        }
    }

    private void updateTabTitles() {
        clientTab.setText(messages.get("dashboard.tab.client", model.asClient().size()));
        freelancerTab.setText(messages.get("dashboard.tab.freelancer", model.asFreelancer().size()));
        openTab.setText(messages.get("dashboard.tab.open", model.open().size()));
    }
}
