package com.paylyt.desktop.job;

import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.api.ProblemException;
import com.paylyt.desktop.ui.ErrorDisplay;
import com.paylyt.desktop.ui.Forms;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.desktop.ui.Navigator;
import com.paylyt.desktop.ui.TaskRunner;
import com.paylyt.model.api.CreateJobRequest;
import com.paylyt.model.api.JobView;
import com.paylyt.model.api.RatesView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.TreeSet;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The form that posts a new job. */
public final class NewJobController {

    private final ApiClient api;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorDisplay errors;
    private final Messages messages;
    private final NewJobViewModel model;

    @FXML
    private TextField titleField;
    @FXML
    private TextArea descriptionField;
    @FXML
    private TextField fiatField;
    @FXML
    private ComboBox<String> currencyBox;
    @FXML
    private TextField btcField;
    @FXML
    private DatePicker deadlinePicker;
    @FXML
    private TextField timeField;
    @FXML
    private TextField freelancerField;
    @FXML
    private VBox milestoneRows;
    @FXML
    private Label milestoneTotal;
    @FXML
    private Label fiatEquivalent;
    @FXML
    private Label btcEquivalent;
    @FXML
    private Label formMessage;
    @FXML
    private Button submitButton;
    @FXML
    private Label titleError;
    @FXML
    private Label descriptionError;
    @FXML
    private Label fiatError;
    @FXML
    private Label currencyError;
    @FXML
    private Label btcError;
    @FXML
    private Label deadlineError;
    @FXML
    private Label freelancerError;
    @FXML
    private Label milestonesError;

    public NewJobController(ApiClient api, Navigator navigator, TaskRunner tasks, ErrorDisplay errors,
            Messages messages) {
        this.api = api;
        this.navigator = navigator;
        this.tasks = tasks;
        this.errors = errors;
        this.messages = messages;
        this.model = new NewJobViewModel(messages, ZoneId.systemDefault());
    }

    /** Returns the form's state, for tests that fill it directly. */
    public NewJobViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        titleField.textProperty().bindBidirectional(model.titleProperty());
        descriptionField.textProperty().bindBidirectional(model.descriptionProperty());
        fiatField.textProperty().bindBidirectional(model.amountFiatProperty());
        currencyBox.valueProperty().bindBidirectional(model.fiatCurrencyProperty());
        btcField.textProperty().bindBidirectional(model.amountBtcProperty());
        deadlinePicker.valueProperty().bindBidirectional(model.deadlineDateProperty());
        deadlinePicker.setDayCellFactory(picker -> new PastDaysDisabled());
        timeField.textProperty().bindBidirectional(model.deadlineTimeProperty());
        freelancerField.textProperty().bindBidirectional(model.freelancerProperty());
        fiatEquivalent.textProperty().bind(model.fiatEquivalentProperty());
        btcEquivalent.textProperty().bind(model.btcEquivalentProperty());
        milestoneTotal.textProperty().bind(model.milestoneTotalProperty());
        model.milestonesMatchProperty().addListener((observable, old, match) -> styleTotal(match));
        formMessage.textProperty().bind(model.formMessageProperty());
        submitButton.disableProperty().bind(model.busyProperty());
        bindErrors();
        model.milestones().addListener((ListChangeListener<MilestoneDraft>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    rebuildMilestoneRows();
                }
            }
        });
        loadRates();
    }

    private void bindErrors() {
        titleError.textProperty().bind(model.errors().messageProperty("title"));
        descriptionError.textProperty().bind(model.errors().messageProperty("description"));
        fiatError.textProperty().bind(model.errors().messageProperty("amount_fiat"));
        currencyError.textProperty().bind(model.errors().messageProperty("fiat_currency"));
        btcError.textProperty().bind(model.errors().messageProperty("amount_btc"));
        deadlineError.textProperty().bind(model.errors().messageProperty("deadline"));
        freelancerError.textProperty().bind(model.errors().messageProperty("freelancer"));
        milestonesError.textProperty().bind(model.errors().messageProperty("milestones"));
        Forms.hideWhenEmpty(titleError, descriptionError, fiatError, currencyError, btcError, deadlineError,
                freelancerError, milestonesError, formMessage);
    }

    private void loadRates() {
        tasks.run(api::rates, this::showRates, error -> { });
    }

    private void showRates(RatesView rates) {
        model.ratesProperty().set(rates);
        if (rates.rates() != null) {
            currencyBox.getItems().setAll(new TreeSet<>(rates.rates().keySet()));
        }
    }

    @FXML
    private void addMilestone() {
        model.addMilestone();
    }

    @FXML
    private void fillBtcFromFiat() {
        model.fillBtcFromFiat();
    }

    @FXML
    private void submit() {
        Optional<CreateJobRequest> request = model.toRequest();
        if (request.isEmpty()) {
            model.formMessageProperty().set(messages.get("newJob.fixFields"));
            return;
        }
        model.busyProperty().set(true);
        tasks.run(() -> api.createJob(request.get()), this::created, this::rejected);
    }

    @FXML
    private void cancel() {
        navigator.showDashboard();
    }

    private void created(JobView job) {
        model.busyProperty().set(false);
        navigator.showJob(job.id());
    }

    private void rejected(Throwable error) {
        model.busyProperty().set(false);
        if (error instanceof ProblemException problem) {
            model.showRejection(problem, errors.describe(problem));
            return;
        }
        errors.show(error, model.formMessageProperty()::set, this::submit);
    }

    private void rebuildMilestoneRows() {
        milestoneRows.getChildren().clear();
        int position = 1;
        for (MilestoneDraft draft : model.milestones()) {
            milestoneRows.getChildren().add(milestoneRow(draft, position++));
        }
    }

    private HBox milestoneRow(MilestoneDraft draft, int position) {
        TextField title = new TextField();
        title.setPromptText(messages.get("newJob.milestone.titlePrompt", position));
        title.getStyleClass().add("milestone-title");
        title.textProperty().bindBidirectional(draft.titleProperty());
        HBox.setHgrow(title, Priority.ALWAYS);
        TextField amount = new TextField();
        amount.setPromptText(messages.get("newJob.milestone.amountPrompt"));
        amount.getStyleClass().add("milestone-amount");
        amount.setPrefWidth(160);
        amount.textProperty().bindBidirectional(draft.amountBtcProperty());
        Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
        remove.getStyleClass().addAll("flat", "danger", "milestone-remove");
        remove.setOnAction(event -> model.removeMilestone(draft));
        HBox row = new HBox(8, title, amount, new Label("BTC"), remove);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getStyleClass().add("milestone-row");
        return row;
    }

    private void styleTotal(boolean match) {
        milestoneTotal.getStyleClass().removeAll("success-text", "danger-text");
        milestoneTotal.getStyleClass().add(match ? "success-text" : "danger-text");
    }

    /** Greys out the days before today, since a deadline lies in the future. */
    private static final class PastDaysDisabled extends DateCell {
        @Override
        public void updateItem(LocalDate date, boolean empty) {
            super.updateItem(date, empty);
            setDisable(empty || date.isBefore(LocalDate.now()));
        }
    }
}
