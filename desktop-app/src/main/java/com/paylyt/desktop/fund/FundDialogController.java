package com.paylyt.desktop.fund;

import com.paylyt.desktop.AppState;
import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.ui.ErrorDisplay;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.desktop.ui.TaskRunner;
import com.paylyt.model.api.InvoiceView;
import com.paylyt.model.api.JobStatusView;
import com.paylyt.model.api.JobView;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;

/**
 * The invoice dialog: QR code, BOLT11 text, amount and countdown. It polls the job's status every second and
 * closes shortly after the payment arrives.
 */
public final class FundDialogController {

    /** Side of the QR code in pixels: large enough for a phone camera at arm's length. */
    static final int QR_SIZE = 340;
    private static final Duration POLL_PERIOD = Duration.seconds(1);
    private static final Duration CLOSE_DELAY = Duration.millis(800);

    private final ApiClient api;
    private final AppState state;
    private final TaskRunner tasks;
    private final ErrorDisplay errors;
    private final Messages messages;
    private final FundViewModel model;
    private final Timeline countdown = new Timeline();
    private final StatusPoller poller = new StatusPoller();
    private String jobId;
    private Runnable close = () -> { };

    @FXML
    private ImageView qrView;
    @FXML
    private TextArea bolt11Text;
    @FXML
    private Label amountLabel;
    @FXML
    private Label countdownLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private Label copiedLabel;
    @FXML
    private Button simulateButton;
    @FXML
    private Button renewButton;
    @FXML
    private Button copyButton;

    public FundDialogController(ApiClient api, AppState state, TaskRunner tasks, ErrorDisplay errors,
            Messages messages) {
        this.api = api;
        this.state = state;
        this.tasks = tasks;
        this.errors = errors;
        this.messages = messages;
        this.model = new FundViewModel(messages);
    }

    @FXML
    private void initialize() {
        amountLabel.textProperty().bind(model.amountProperty());
        countdownLabel.textProperty().bind(model.countdownProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        simulateButton.setVisible(state.simulatorAvailable());
        simulateButton.setManaged(state.simulatorAvailable());
        simulateButton.disableProperty().bind(model.paidProperty().or(model.renewOfferedBinding())
                .or(model.invoiceProperty().isNull()));
        renewButton.visibleProperty().bind(model.renewOfferedBinding());
        renewButton.managedProperty().bind(renewButton.visibleProperty());
        copyButton.disableProperty().bind(model.invoiceProperty().isNull());
        model.paidProperty().addListener((observable, old, paid) -> {
            if (paid) {
                paymentArrived();
            }
        });
        countdown.getKeyFrames().add(new KeyFrame(Duration.seconds(1), event -> model.tick(Instant.now())));
        countdown.setCycleCount(Animation.INDEFINITE);
    }

    /** Requests the job's invoice and starts watching for the payment; {@code close} closes the dialog. */
    public void open(JobView job, Runnable close) {
        this.jobId = job.id();
        this.close = close;
        requestInvoice();
    }

    /** Stops the countdown and the polling; called when the dialog closes. */
    public void stop() {
        countdown.stop();
        poller.cancel();
    }

    @FXML
    private void requestInvoice() {
        model.statusProperty().set(messages.get("fund.requesting"));
        tasks.run(() -> api.createInvoice(jobId), this::showInvoice,
                error -> errors.show(error, model.statusProperty()::set, this::requestInvoice));
    }

    @FXML
    private void copyInvoice() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.invoiceProperty().get().paymentRequest());
        Clipboard.getSystemClipboard().setContent(content);
        copiedLabel.setText(messages.get("fund.copied"));
    }

    @FXML
    private void simulatePayment() {
        String invoiceId = model.invoiceProperty().get().invoiceId();
        model.statusProperty().set(messages.get("fund.simulating"));
        tasks.run(() -> {
            api.simulatePayment(invoiceId);
            return null;
        }, ignored -> { }, error -> errors.show(error, model::onPaymentFailed, this::simulatePayment));
    }

    @FXML
    private void closeDialog() {
        close.run();
    }

    private void showInvoice(InvoiceView invoice) {
        model.showInvoice(invoice, Instant.now());
        qrView.setImage(QrCodes.render(invoice.paymentRequest(), QR_SIZE));
        bolt11Text.setText(invoice.paymentRequest());
        copiedLabel.setText("");
        countdown.play();
        if (!poller.isRunning()) {
            poller.setPeriod(POLL_PERIOD);
            poller.restart();
        }
    }

    private void paymentArrived() {
        stop();
        PauseTransition pause = new PauseTransition(CLOSE_DELAY);
        pause.setOnFinished(event -> close.run());
        pause.play();
    }

    /** Asks for the job's status once a second while the dialog is open. */
    private final class StatusPoller extends ScheduledService<JobStatusView> {
        StatusPoller() {
            setOnSucceeded(event -> model.onStatus(getValue()));
        }

        @Override
        protected Task<JobStatusView> createTask() {
            String id = jobId;
            return new Task<>() {
                @Override
                protected JobStatusView call() {
                    return api.jobStatus(id);
                }
            };
        }
    }
}
