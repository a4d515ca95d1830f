package com.paylyt.desktop.wallet;

import com.paylyt.desktop.ui.Amounts;
import com.paylyt.desktop.ui.FieldErrors;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.model.api.ConversionView;
import com.paylyt.model.api.ConvertRequest;
import com.paylyt.model.api.FiatBalance;
import com.paylyt.model.api.RatesView;
import com.paylyt.model.api.WalletTransaction;
import com.paylyt.model.api.WalletView;
import com.paylyt.model.api.WithdrawRequest;
import com.paylyt.model.money.Satoshis;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The wallet: balances, history, and the convert and withdraw forms with their checks. */
public final class WalletViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String DEFAULT_CURRENCY = "USD";
    static final String AMOUNT_BTC_FIELD = "amount_btc";
    static final String TARGET_CURRENCY_FIELD = "target_currency";
    static final String AMOUNT_FIAT_FIELD = "amount_fiat";
    static final String DESTINATION_FIELD = "destination";

    private final Messages messages;
    private final ZoneId zone;
    private final ObjectProperty<WalletView> wallet = new SimpleObjectProperty<>();
    private final ObjectProperty<RatesView> rates = new SimpleObjectProperty<>();
    private final ObservableList<TransactionRow> transactions = FXCollections.observableArrayList();
    private final ObservableList<String> fiatBalances = FXCollections.observableArrayList();
    private final StringProperty convertAmount = new SimpleStringProperty("");
    private final StringProperty convertCurrency = new SimpleStringProperty("USD");
    private final ObjectProperty<ConversionView> preview = new SimpleObjectProperty<>();
    private final StringProperty withdrawAmount = new SimpleStringProperty("");
    private final StringProperty withdrawCurrency = new SimpleStringProperty("USD");
    private final StringProperty withdrawDestination = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final WalletForm convertForm = new WalletForm(Set.of(AMOUNT_BTC_FIELD, TARGET_CURRENCY_FIELD));
    private final WalletForm withdrawForm = new WalletForm(Set.of(AMOUNT_FIAT_FIELD, DESTINATION_FIELD));

    public WalletViewModel(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        convertAmount.addListener((observable, old, value) -> preview.set(null));
        convertCurrency.addListener((observable, old, value) -> preview.set(null));
    }

    public void setWallet(WalletView view, RatesView currentRates) {
        wallet.set(view);
        rates.set(currentRates);
        fiatBalances.setAll(view.balances().fiat() == null ? List.of() : view.balances().fiat().stream()
                .map(balance -> Amounts.fiat(balance.amount(), balance.currency()))
                .toList());
        transactions.setAll(view.transactions().stream().map(this::row).toList());
    }

    public long satsBalance() {
        return wallet.get() == null ? 0 : wallet.get().balances().sats();
    }

    /** Returns the BTC balance's worth in each currency of the rate table, such as {@code ≈ 97.00 USD}. */
    public String satsWorth(String currency) {
        Optional<BigDecimal> rate = rate(currency);
        return rate.map(r -> "≈ " + Amounts.fiat(Satoshis.of(satsBalance()).toBtc().multiply(r), currency))
                .orElse("");
    }

    /**
     * Checks the conversion form before asking the server for a preview.
     *
     * @return the request, or empty when a field was marked
     */
    public Optional<ConvertRequest> conversionRequest() {
        convertForm.clear();
        preview.set(null);
        FieldErrors errors = convertForm.errors();
        Optional<Satoshis> sats = Amounts.parseBtc(convertAmount.get());
        String currency = convertCurrency.get() == null ? "" : convertCurrency.get().trim().toUpperCase(Locale.ROOT);
        if (sats.isEmpty()) {
            errors.set(AMOUNT_BTC_FIELD, messages.get("validation.btcAmount"));
        } else if (sats.get().value() > satsBalance()) {
            errors.set(AMOUNT_BTC_FIELD, messages.get("wallet.tooLittleBtc", Amounts.sats(satsBalance())));
        }
        if (currency.isEmpty()) {
            errors.set(TARGET_CURRENCY_FIELD, messages.get("validation.required"));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ConvertRequest(sats.get().toBtc(), currency));
    }

    /** Shows the server's preview, which the confirm button then carries out. */
    public void showPreview(ConversionView view) {
        preview.set(view);
    }

    public String previewText() {
        ConversionView current = preview.get();
        if (current == null) {
            return "";
        }
        return messages.get("wallet.preview", Amounts.satsAndBtc(current.amountSats()),
                Amounts.fiat(current.amountFiat(), current.targetCurrency()),
                Amounts.fiat(current.rate(), current.targetCurrency()), current.rateSource());
    }

    /** Returns the request that carries out the previewed conversion. */
    public ConvertRequest confirmedRequest() {
        ConversionView current = preview.get();
        return new ConvertRequest(current.amountBtc(), current.targetCurrency());
    }

    /** Checks the withdrawal form; returns the request, or empty when a field was marked. */
    public Optional<WithdrawRequest> withdrawRequest() {
        withdrawForm.clear();
        FieldErrors errors = withdrawForm.errors();
        Optional<BigDecimal> amount = Amounts.parseDecimal(withdrawAmount.get()).filter(value -> value.signum() > 0);
        String currency = withdrawCurrency.get() == null ? "" : withdrawCurrency.get().toUpperCase(Locale.ROOT);
        if (amount.isEmpty()) {
            errors.set(AMOUNT_FIAT_FIELD, messages.get("validation.positive"));
            return Optional.empty();
        }
        BigDecimal held = fiatHeld(currency);
        if (amount.get().compareTo(held) > 0) {
            errors.set(AMOUNT_FIAT_FIELD, messages.get("wallet.tooLittleFiat", Amounts.fiat(held, currency)));
            return Optional.empty();
        }
        String destination = withdrawDestination.get().trim();
        return Optional.of(new WithdrawRequest(amount.get(), currency, destination.isEmpty() ? null : destination));
    }

    public List<String> currencies() {
        RatesView current = rates.get();
        return current == null || current.rates() == null ? List.of("USD")
                : current.rates().keySet().stream().sorted().toList();
    }

    /**
     * Returns {@code previous} when the rate table still lists it, else USD, else the first listed currency:
     * the target currency to keep selected after the rates are reloaded.
     */
    public String keptCurrency(String previous) {
        List<String> listed = currencies();
        if (previous != null && listed.contains(previous)) {
            return previous;
        }
        if (listed.contains(DEFAULT_CURRENCY) || listed.isEmpty()) {
            return DEFAULT_CURRENCY;
        }
        return listed.get(0);
    }

    public List<String> heldCurrencies() {
        WalletView current = wallet.get();
        if (current == null || current.balances().fiat() == null) {
            return List.of();
        }
        return current.balances().fiat().stream().map(FiatBalance::currency).toList();
    }

    private BigDecimal fiatHeld(String currency) {
        WalletView current = wallet.get();
        if (current == null || current.balances().fiat() == null) {
            return BigDecimal.ZERO;
        }
        return current.balances().fiat().stream()
                .filter(balance -> balance.currency().equalsIgnoreCase(currency))
                .map(FiatBalance::amount)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    private Optional<BigDecimal> rate(String currency) {
        RatesView current = rates.get();
        if (current == null || current.rates() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(current.rates().get(currency));
    }

    private TransactionRow row(WalletTransaction transaction) {
        String amount = "BTC".equals(transaction.asset()) && transaction.amountSats() != null
                ? signed(transaction.amount()) + " BTC (" + Amounts.sats(transaction.amountSats()) + ")"
                : signed(transaction.amount()) + " " + transaction.asset();
        String type = messages.getOrDefault("wallet.type." + transaction.type(), transaction.type());
        String date = transaction.createdAt() == null ? "" : WHEN.format(transaction.createdAt().atZone(zone));
        String description = transaction.description() == null ? "" : transaction.description();
        return new TransactionRow(date, type, amount, description);
    }

    private static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + amount.toPlainString();
    }

    public ObjectProperty<WalletView> walletProperty() {
        return wallet;
    }

    public ObservableList<TransactionRow> transactions() {
        return transactions;
    }

    public ObservableList<String> fiatBalances() {
        return fiatBalances;
    }

    public StringProperty convertAmountProperty() {
        return convertAmount;
    }

    public StringProperty convertCurrencyProperty() {
        return convertCurrency;
    }

    public ObjectProperty<ConversionView> previewProperty() {
        return preview;
    }

    public StringProperty withdrawAmountProperty() {
        return withdrawAmount;
    }

    public StringProperty withdrawCurrencyProperty() {
        return withdrawCurrency;
    }

    public StringProperty withdrawDestinationProperty() {
        return withdrawDestination;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Returns the convert form's field errors and message, kept apart from the withdraw form's. */
    public WalletForm convertForm() {
        return convertForm;
    }

    /** Returns the withdraw form's field errors and message, kept apart from the convert form's. */
    public WalletForm withdrawForm() {
        return withdrawForm;
    }
}
