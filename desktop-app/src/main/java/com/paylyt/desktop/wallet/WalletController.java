package com.paylyt.desktop.wallet;

import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.api.ProblemException;
import com.paylyt.desktop.ui.Amounts;
import com.paylyt.desktop.ui.Confirmation;
import com.paylyt.desktop.ui.ErrorDisplay;
import com.paylyt.desktop.ui.FieldErrors;
import com.paylyt.desktop.ui.Forms;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.desktop.ui.TaskRunner;
import com.paylyt.model.api.ConversionView;
import com.paylyt.model.api.ConvertRequest;
import com.paylyt.model.api.RatesView;
import com.paylyt.model.api.WalletView;
import com.paylyt.model.api.WithdrawRequest;
import com.paylyt.model.api.WithdrawalView;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/** Balances, history, convert and withdraw. */
public final class WalletController {

    private final ApiClient api;
    private final TaskRunner tasks;
    private final ErrorDisplay errors;
    private final Messages messages;
    private final WalletViewModel model;
    private final Confirmation confirmation;

    @FXML
    private Label satsLabel;
    @FXML
    private Label btcLabel;
    @FXML
    private Label worthLabel;
    @FXML
    private FlowPane fiatPane;
    @FXML
    private TextField convertAmountField;
    @FXML
    private ComboBox<String> convertCurrencyBox;
    @FXML
    private Label convertAmountError;
    @FXML
    private Label convertCurrencyError;
    @FXML
    private Label previewLabel;
    @FXML
    private Button confirmConvertButton;
    @FXML
    private TextField withdrawAmountField;
    @FXML
    private ComboBox<String> withdrawCurrencyBox;
    @FXML
    private TextField destinationField;
    @FXML
    private Button withdrawButton;
    @FXML
    private Label withdrawAmountError;
    @FXML
    private Label destinationError;
    @FXML
    private Label convertMessageLabel;
    @FXML
    private Label withdrawMessageLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private TableView<TransactionRow> historyTable;

    public WalletController(ApiClient api, TaskRunner tasks, ErrorDisplay errors, Messages messages) {
        this.api = api;
        this.tasks = tasks;
        this.errors = errors;
        this.messages = messages;
        this.model = new WalletViewModel(messages, ZoneId.systemDefault());
        this.confirmation = new Confirmation(messages);
    }

    @FXML
    private void initialize() {
        convertAmountField.textProperty().bindBidirectional(model.convertAmountProperty());
        convertCurrencyBox.valueProperty().bindBidirectional(model.convertCurrencyProperty());
        withdrawAmountField.textProperty().bindBidirectional(model.withdrawAmountProperty());
        withdrawCurrencyBox.valueProperty().bindBidirectional(model.withdrawCurrencyProperty());
        destinationField.textProperty().bindBidirectional(model.withdrawDestinationProperty());
        FieldErrors convertErrors = model.convertForm().errors();
        FieldErrors withdrawErrors = model.withdrawForm().errors();
        convertAmountError.textProperty().bind(convertErrors.messageProperty(WalletViewModel.AMOUNT_BTC_FIELD));
        convertCurrencyError.textProperty().bind(
                convertErrors.messageProperty(WalletViewModel.TARGET_CURRENCY_FIELD));
        withdrawAmountError.textProperty().bind(withdrawErrors.messageProperty(WalletViewModel.AMOUNT_FIAT_FIELD));
        destinationError.textProperty().bind(withdrawErrors.messageProperty(WalletViewModel.DESTINATION_FIELD));
        messageLabel.textProperty().bind(model.messageProperty());
        bindFormMessage(convertMessageLabel, model.convertForm());
        bindFormMessage(withdrawMessageLabel, model.withdrawForm());
        Forms.hideWhenEmpty(convertAmountError, convertCurrencyError, withdrawAmountError, destinationError,
                messageLabel, convertMessageLabel, withdrawMessageLabel);
        confirmConvertButton.disableProperty().bind(model.previewProperty().isNull());
        previewLabel.visibleProperty().bind(model.previewProperty().isNotNull());
        previewLabel.managedProperty().bind(previewLabel.visibleProperty());
        model.previewProperty().addListener((observable, old, preview) -> previewLabel.setText(model.previewText()));
        configureHistory();
        refresh();
    }

    /** Shows a form's message under it, in the success or the danger colour. */
    private static void bindFormMessage(Label label, WalletForm form) {
        label.textProperty().bind(form.messageProperty());
        styleFormMessage(label, form.failedProperty().get());
        form.failedProperty().addListener((observable, old, failed) -> styleFormMessage(label, failed));
    }

    private static void styleFormMessage(Label label, boolean failed) {
        label.getStyleClass().removeAll("success-text", "danger-text");
        label.getStyleClass().add(failed ? "danger-text" : "success-text");
    }

    @FXML
    private void refresh() {
        tasks.run(() -> new Loaded(api.wallet(), api.rates()), this::show,
                error -> errors.show(error, model.messageProperty()::set, this::refresh));
    }

    @FXML
    private void previewConversion() {
        Optional<ConvertRequest> request = model.conversionRequest();
        if (request.isPresent()) {
            tasks.run(() -> api.previewConversion(request.get()), model::showPreview,
                    error -> rejected(error, model.convertForm()));
        }
    }

    @FXML
    private void confirmConversion() {
        model.convertForm().clear();
        tasks.run(() -> api.convert(model.confirmedRequest()), this::converted,
                error -> rejected(error, model.convertForm()));
    }

    @FXML
    private void withdraw() {
        Optional<WithdrawRequest> request = model.withdrawRequest();
        if (request.isPresent() && confirmWithdrawal(request.get())) {
            tasks.run(() -> api.withdraw(request.get()), this::withdrawn,
                    error -> rejected(error, model.withdrawForm()));
        }
    }

    private boolean confirmWithdrawal(WithdrawRequest request) {
        String amount = Amounts.fiat(request.amountFiat(), request.currency());
        String destination = request.destination() == null
                ? messages.get("wallet.withdraw.noDestination") : request.destination();
        return confirmation.ask(withdrawButton, messages.get("wallet.withdraw.confirmHeader", amount),
                messages.get("wallet.withdraw.confirm", amount, destination), messages.get("wallet.withdrawButton"));
    }

    private void show(Loaded loaded) {
        model.messageProperty().set("");
        model.setWallet(loaded.wallet(), loaded.rates());
        long sats = loaded.wallet().balances().sats();
        satsLabel.setText(Amounts.sats(sats));
        btcLabel.setText(Amounts.btcOfSats(sats));
        worthLabel.setText(model.satsWorth("USD"));
        fiatPane.getChildren().clear();
        if (model.fiatBalances().isEmpty()) {
            fiatPane.getChildren().add(new Label(messages.get("wallet.noFiat")));
        }
        for (String balance : model.fiatBalances()) {
            Label label = new Label(balance);
            label.getStyleClass().addAll("fiat-balance", "title-4");
            fiatPane.getChildren().add(label);
        }
        showConvertCurrencies();
        withdrawCurrencyBox.getItems().setAll(model.heldCurrencies());
        if (!model.heldCurrencies().isEmpty() && !model.heldCurrencies().contains(withdrawCurrencyBox.getValue())) {
            withdrawCurrencyBox.setValue(model.heldCurrencies().get(0));
        }
    }

    /**
     * Fills the target-currency box from the rate table and keeps the person's choice. Replacing a combo box's
     * items clears its selection, and with it the bound currency, so the choice is put back afterwards.
     */
    private void showConvertCurrencies() {
        String chosen = model.convertCurrencyProperty().get();
        if (!convertCurrencyBox.getItems().equals(model.currencies())) {
            convertCurrencyBox.getItems().setAll(model.currencies());
        }
        model.convertCurrencyProperty().set(model.keptCurrency(chosen));
    }

    private void converted(ConversionView conversion) {
        model.convertAmountProperty().set("");
        model.convertForm().showSuccess(messages.get("wallet.converted", Amounts.sats(conversion.amountSats()),
                Amounts.fiat(conversion.amountFiat(), conversion.targetCurrency()),
                Amounts.fiat(conversion.rate(), conversion.targetCurrency()), conversion.rateSource()));
        refresh();
    }

    private void withdrawn(WithdrawalView withdrawal) {
        model.withdrawAmountProperty().set("");
        String amount = Amounts.fiat(withdrawal.amountFiat(), withdrawal.currency());
        model.withdrawForm().showSuccess(messages.get("wallet.withdrawn", amount, withdrawal.status()));
        refresh();
    }

    /** Shows a failed request under the form that sent it; an unreachable server goes to the banner. */
    private void rejected(Throwable error, WalletForm form) {
        if (error instanceof ProblemException problem && !problem.problem().errors().isEmpty()) {
            form.showRejection(problem, errors.describe(problem));
            return;
        }
        errors.show(error, form::showFailure, this::refresh);
    }

    private void configureHistory() {
        historyTable.getColumns().setAll(
                column("wallet.column.date", TransactionRow::date, 150),
                column("wallet.column.type", TransactionRow::type, 120),
                column("wallet.column.amount", TransactionRow::amount, 260),
                column("wallet.column.description", TransactionRow::description, 300));
        historyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        historyTable.setPlaceholder(new Label(messages.get("wallet.noHistory")));
        historyTable.setItems(model.transactions());
    }

    private TableColumn<TransactionRow, String> column(String key, Function<TransactionRow, String> value,
            double width) {
        TableColumn<TransactionRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private record Loaded(WalletView wallet, RatesView rates) {
    }
}
