package com.paylyt.desktop.job;

import com.paylyt.desktop.AppState;
import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.api.ProblemException;
import com.paylyt.desktop.ui.Amounts;
import com.paylyt.desktop.ui.Confirmation;
import com.paylyt.desktop.ui.ErrorDisplay;
import com.paylyt.desktop.ui.Forms;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.desktop.ui.Navigator;
import com.paylyt.desktop.ui.StatusBadge;
import com.paylyt.desktop.ui.TaskRunner;
import com.paylyt.model.api.JobView;
import com.paylyt.model.api.MilestoneView;
import com.paylyt.model.job.JobAction;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One job: every field, the status timeline and the buttons for the actions the viewer may take now. */
public final class JobDetailController {

    private final ApiClient api;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorDisplay errors;
    private final Messages messages;
    private final JobDetailViewModel model;
    private final Confirmation confirmation;

    @FXML
    private Label titleLabel;
    @FXML
    private HBox badgeBox;
    @FXML
    private GridPane fieldsGrid;
    @FXML
    private VBox milestonesBox;
    @FXML
    private VBox deliverableBox;
    @FXML
    private VBox timelineBox;
    @FXML
    private Label messageLabel;
    @FXML
    private VBox actionsBox;
    @FXML
    private Label noActionsLabel;
    @FXML
    private Button fundButton;
    @FXML
    private Button acceptButton;
    @FXML
    private Button approveButton;
    @FXML
    private Button releaseButton;
    @FXML
    private Button cancelButton;
    @FXML
    private VBox completeBox;
    @FXML
    private TextArea noteField;
    @FXML
    private TextField linkField;
    @FXML
    private Label noteError;
    @FXML
    private Label linkError;

    public JobDetailController(ApiClient api, AppState state, Navigator navigator, TaskRunner tasks,
            ErrorDisplay errors, Messages messages) {
        this.api = api;
        this.navigator = navigator;
        this.tasks = tasks;
        this.errors = errors;
        this.messages = messages;
        this.confirmation = new Confirmation(messages);
        this.model = new JobDetailViewModel(state.user() == null ? "" : state.user().id(), ZoneId.systemDefault());
    }

    @FXML
    private void initialize() {
        messageLabel.textProperty().bind(model.messageProperty());
        noteError.textProperty().bind(model.errors().messageProperty(JobDetailViewModel.NOTE_FIELD));
        linkError.textProperty().bind(model.errors().messageProperty(JobDetailViewModel.URL_FIELD));
        Forms.hideWhenEmpty(messageLabel, noteError, linkError);
        noteField.textProperty().bindBidirectional(model.deliverableNoteProperty());
        linkField.textProperty().bindBidirectional(model.deliverableUrlProperty());
        model.jobProperty().addListener((observable, old, job) -> render(job));
        render(null);
    }

    /** Loads the job from the server and shows it. */
    public void load(String jobId) {
        tasks.run(() -> api.job(jobId), this::show,
                error -> errors.show(error, model.messageProperty()::set, () -> load(jobId)));
    }

    public void show(JobView job) {
        model.messageProperty().set("");
        model.jobProperty().set(job);
    }

    @FXML
    private void back() {
        navigator.showDashboard();
    }

    @FXML
    private void refresh() {
        JobView job = model.jobProperty().get();
        if (job != null) {
            load(job.id());
        }
    }

    @FXML
    private void fund() {
        JobView job = model.jobProperty().get();
        navigator.openFundDialog(job, () -> load(job.id()));
    }

    @FXML
    private void accept() {
        act(() -> api.accept(jobId()));
    }

    @FXML
    private void submitDeliverable() {
        model.errors().clear();
        act(() -> api.complete(jobId(), model.completeRequest()), this::deliverableRejected);
    }

    private void deliverableRejected(Throwable error) {
        if (error instanceof ProblemException problem && !problem.problem().errors().isEmpty()) {
            model.showRejection(problem, errors.describe(problem));
            return;
        }
        errors.show(error, model.messageProperty()::set, this::submitDeliverable);
    }

    @FXML
    private void approve() {
        act(() -> api.approve(jobId()));
    }

    @FXML
    private void release() {
        JobView job = model.jobProperty().get();
        String freelancer = job.freelancer() == null ? "" : job.freelancer().username();
        if (confirmation.ask(releaseButton, messages.get("job.release.confirmHeader"),
                messages.get("job.release.confirm", Amounts.satsAndBtc(job.amountSats()), freelancer),
                messages.get("action.release"))) {
            act(() -> api.release(jobId()));
        }
    }

    @FXML
    private void cancelJob() {
        if (confirmation.ask(cancelButton, messages.get("job.cancel.confirmHeader"),
                messages.get("job.cancel.confirm"), messages.get("action.cancelJob"))) {
            act(() -> api.cancel(jobId()));
        }
    }

    private void act(Callable<JobView> action) {
        act(action, error -> errors.show(error, model.messageProperty()::set, () -> act(action)));
    }

    /** Runs one action with the buttons disabled, so a double click cannot send it twice. */
    private void act(Callable<JobView> action, Consumer<Throwable> onFailure) {
        model.messageProperty().set("");
        actionsBox.setDisable(true);
        tasks.run(action, job -> {
            actionsBox.setDisable(false);
            show(job);
        }, error -> {
            actionsBox.setDisable(false);
            onFailure.accept(error);
        });
    }

    private String jobId() {
        return model.jobProperty().get().id();
    }

    private void render(JobView job) {
        if (job == null) {
            titleLabel.setText(messages.get("job.loading"));
            showActions(Set.of());
            return;
        }
        titleLabel.setText(job.title());
        badgeBox.getChildren().setAll(StatusBadge.create(job.status(), messages));
        renderFields(job);
        renderMilestones(job);
        renderDeliverable(job);
        renderTimeline();
        showActions(model.availableActions());
    }

    private void renderFields(JobView job) {
        fieldsGrid.getChildren().clear();
        int row = 0;
        row = addField(row, "job.field.description", job.description());
        row = addField(row, "job.field.amount", Amounts.satsAndBtc(job.amountSats()));
        if (job.amountFiat() != null) {
            row = addField(row, "job.field.amountFiat", Amounts.fiat(job.amountFiat(), job.fiatCurrency()));
        }
        row = addField(row, "job.field.funded", Amounts.sats(job.fundedSats()));
        row = addField(row, "job.field.deadline", model.format(job.deadline()));
        row = addField(row, "job.field.client", job.client() == null ? "" : job.client().username());
        row = addField(row, "job.field.freelancer",
                job.freelancer() == null ? messages.get("job.noFreelancer") : job.freelancer().username());
        row = addField(row, "job.field.created", model.format(job.createdAt()));
        addField(row, "job.field.id", job.id());
    }

    private int addField(int row, String labelKey, String value) {
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add("field-name");
        Label text = new Label(value == null ? "" : value);
        text.setWrapText(true);
        text.setId(labelKey.replace("job.field.", "job-"));
        fieldsGrid.addRow(row, label, text);
        return row + 1;
    }

    private void renderMilestones(JobView job) {
        milestonesBox.getChildren().clear();
        boolean any = job.milestones() != null && !job.milestones().isEmpty();
        milestonesBox.setVisible(any);
        milestonesBox.setManaged(any);
        if (!any) {
            return;
        }
        milestonesBox.getChildren().add(heading("job.milestones"));
        for (MilestoneView milestone : job.milestones()) {
            Label line = new Label(milestone.position() + ". " + milestone.title() + " — "
                    + Amounts.satsAndBtc(milestone.amountSats()));
            milestonesBox.getChildren().add(line);
        }
    }

    private void renderDeliverable(JobView job) {
        deliverableBox.getChildren().clear();
        boolean any = job.deliverable() != null;
        deliverableBox.setVisible(any);
        deliverableBox.setManaged(any);
        if (!any) {
            return;
        }
        deliverableBox.getChildren().add(heading("job.deliverable"));
        if (job.deliverable().note() != null) {
            Label note = new Label(job.deliverable().note());
            note.setId("deliverableNote");
            note.setWrapText(true);
            deliverableBox.getChildren().add(note);
        }
        if (job.deliverable().url() != null) {
            Hyperlink link = new Hyperlink(job.deliverable().url());
            link.setId("deliverableLink");
            deliverableBox.getChildren().add(link);
        }
    }

    private void renderTimeline() {
        timelineBox.getChildren().clear();
        for (TimelineStep step : model.timeline()) {
            timelineBox.getChildren().add(timelineRow(step));
        }
    }

    private Node timelineRow(TimelineStep step) {
        Feather icon = switch (step.progress()) {
            case DONE -> Feather.CHECK_CIRCLE;
            case CURRENT -> Feather.ARROW_RIGHT_CIRCLE;
            case AHEAD -> Feather.CIRCLE;
        };
        Label name = new Label(StatusBadge.label(step.status(), messages));
        Label detail = new Label(step.detail());
        detail.getStyleClass().addAll("text-muted", "text-small");
        HBox row = new HBox(10, new FontIcon(icon), new VBox(2, name, detail));
        row.getStyleClass().addAll("timeline-step", "timeline-" + step.progress().name().toLowerCase());
        return row;
    }

    private Label heading(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("title-4");
        return heading;
    }

    private void showActions(Set<JobAction> actions) {
        Map<JobAction, Node> controls = Map.of(JobAction.FUND, fundButton, JobAction.ACCEPT, acceptButton,
                JobAction.COMPLETE, completeBox, JobAction.APPROVE, approveButton,
                JobAction.RELEASE, releaseButton, JobAction.CANCEL, cancelButton);
        controls.forEach((action, node) -> {
            node.setVisible(actions.contains(action));
            node.setManaged(actions.contains(action));
        });
        boolean none = controls.keySet().stream().noneMatch(actions::contains);
        noActionsLabel.setVisible(none);
        noActionsLabel.setManaged(none);
    }
}
