package com.paylyt.desktop.job;

import com.paylyt.desktop.api.ProblemException;
import com.paylyt.desktop.ui.Amounts;
import com.paylyt.desktop.ui.FieldErrors;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.model.api.CreateJobRequest;
import com.paylyt.model.api.FieldError;
import com.paylyt.model.api.MilestoneRequest;
import com.paylyt.model.api.RatesView;
import com.paylyt.model.money.Satoshis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The new-job form. It checks only what cannot be sent (text that is not a number or a time) and leaves the
 * rules to the server. The server's field errors go beside their fields, and the form keeps every value when
 * the server rejects it. The milestone total and the fiat and BTC equivalents update as the person types.
 */
public final class NewJobViewModel {

    private final Messages messages;
    private final ZoneId zone;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty amountFiat = new SimpleStringProperty("");
    private final StringProperty fiatCurrency = new SimpleStringProperty("USD");
    private final StringProperty amountBtc = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> deadlineDate = new SimpleObjectProperty<>();
    private final StringProperty deadlineTime = new SimpleStringProperty("17:00");
    private final StringProperty freelancer = new SimpleStringProperty("");
    private final ObservableList<MilestoneDraft> milestones = FXCollections.observableArrayList(
            draft -> new Observable[] {draft.titleProperty(), draft.amountBtcProperty()});
    private final ObjectProperty<RatesView> rates = new SimpleObjectProperty<>();
    private final StringProperty fiatEquivalent = new SimpleStringProperty("");
    private final StringProperty btcEquivalent = new SimpleStringProperty("");
    private final StringProperty milestoneTotal = new SimpleStringProperty("");
    private final BooleanProperty milestonesMatch = new SimpleBooleanProperty(true);
    private final StringProperty formMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final FieldErrors errors = new FieldErrors();

    public NewJobViewModel(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        amountFiat.addListener((observable, old, value) -> updateEquivalents());
        fiatCurrency.addListener((observable, old, value) -> updateEquivalents());
        amountBtc.addListener((observable, old, value) -> updateEquivalents());
        rates.addListener((observable, old, value) -> updateEquivalents());
        amountBtc.addListener((observable, old, value) -> updateMilestoneTotal());
        milestones.addListener((javafx.collections.ListChangeListener<MilestoneDraft>) change ->
                updateMilestoneTotal());
        updateMilestoneTotal();
        clearErrorOnEdit();
    }

    /** Clears a field's error as soon as the person edits that field, not at the next Post. */
    private void clearErrorOnEdit() {
        clearOnChange(title, "title");
        clearOnChange(description, "description");
        clearOnChange(amountFiat, "amount_fiat");
        clearOnChange(fiatCurrency, "fiat_currency");
        clearOnChange(amountBtc, "amount_btc");
        clearOnChange(deadlineDate, "deadline");
        clearOnChange(deadlineTime, "deadline");
        clearOnChange(freelancer, "freelancer");
        milestones.addListener((javafx.collections.ListChangeListener<MilestoneDraft>) change ->
                clearError("milestones"));
    }

    private void clearOnChange(ObservableValue<?> field, String key) {
        field.addListener((observable, old, value) -> clearError(key));
    }

    /** Clears one field's error, and the hint to fix the marked fields once none is marked. */
    private void clearError(String key) {
        errors.set(key, "");
        if (errors.isEmpty() && formMessage.get().equals(messages.get("newJob.fixFields"))) {
            formMessage.set("");
        }
    }

    public MilestoneDraft addMilestone() {
        MilestoneDraft draft = new MilestoneDraft("", "");
        milestones.add(draft);
        return draft;
    }

    public void removeMilestone(MilestoneDraft draft) {
        milestones.remove(draft);
    }

    /** Fills the BTC amount from the fiat amount at the current rate, rounded to whole sats. */
    public void fillBtcFromFiat() {
        Optional<BigDecimal> rate = rate();
        Optional<BigDecimal> fiat = Amounts.parseDecimal(amountFiat.get());
        if (rate.isPresent() && fiat.isPresent() && rate.get().signum() > 0) {
            amountBtc.set(fiat.get().divide(rate.get(), 8, RoundingMode.HALF_EVEN).toPlainString());
        }
    }

    /**
     * Builds the request, or marks the fields whose text cannot be sent.
     *
     * @return empty when a field was marked
     */
    public Optional<CreateJobRequest> toRequest() {
        errors.clear();
        formMessage.set("");
        BigDecimal fiat = decimalField("amount_fiat", amountFiat.get());
        BigDecimal btc = decimalField("amount_btc", amountBtc.get());
        String deadline = deadlineText();
        List<MilestoneRequest> milestoneRequests = milestoneRequests();
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CreateJobRequest(title.get().trim(), description.get().trim(), fiat,
                fiatCurrency.get().trim().toUpperCase(Locale.ROOT), btc, deadline, milestoneRequests,
                freelancer.get().isBlank() ? null : freelancer.get().trim()));
    }

    /** Shows the server's rejection: each field error beside its field, anything else above the form. */
    public void showRejection(ProblemException problem, String plainMessage) {
        errors.clear();
        for (FieldError error : problem.problem().errors()) {
            errors.set(fieldKey(error.field()), error.message());
        }
        formMessage.set(problem.problem().errors().isEmpty() ? plainMessage : messages.get("newJob.fixFields"));
    }

    /** Maps a server field name to the label it is shown beside; {@code milestones[1].amount_btc} goes to milestones. */
    static String fieldKey(String field) {
        if (field == null) {
            return "form";
        }
        return field.startsWith("milestones") ? "milestones" : field;
    }

    private BigDecimal decimalField(String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        Optional<BigDecimal> value = Amounts.parseDecimal(text);
        if (value.isEmpty()) {
            errors.set(field, messages.get("validation.number"));
        }
        return value.orElse(null);
    }

    private String deadlineText() {
        if (deadlineDate.get() == null) {
            return null;
        }
        try {
            LocalTime time = LocalTime.parse(deadlineTime.get().trim());
            return deadlineDate.get().atTime(time).atZone(zone).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            errors.set("deadline", messages.get("validation.time"));
            return null;
        }
    }

    private List<MilestoneRequest> milestoneRequests() {
        if (milestones.isEmpty()) {
            return null;
        }
        List<MilestoneRequest> requests = new ArrayList<>();
        for (MilestoneDraft draft : milestones) {
            BigDecimal amount = decimalField("milestones", draft.amountBtcProperty().get());
            requests.add(new MilestoneRequest(draft.titleProperty().get().trim(), amount));
        }
        return requests;
    }

    private void updateEquivalents() {
        Optional<BigDecimal> rate = rate();
        String currency = fiatCurrency.get().trim().toUpperCase(Locale.ROOT);
        fiatEquivalent.set(rate.flatMap(r -> Amounts.parseDecimal(amountFiat.get())
                        .filter(fiat -> r.signum() > 0)
                        .map(fiat -> messages.get("newJob.fiatInBtc",
                                Amounts.btc(fiat.divide(r, 8, RoundingMode.HALF_EVEN)), Amounts.fiat(r, currency))))
                .orElse(""));
        btcEquivalent.set(rate.flatMap(r -> Amounts.parseDecimal(amountBtc.get())
                        .map(btc -> messages.get("newJob.btcInFiat", Amounts.fiat(btc.multiply(r), currency))))
                .orElse(""));
    }

    private void updateMilestoneTotal() {
        if (milestones.isEmpty()) {
            milestoneTotal.set(messages.get("newJob.milestones.none"));
            milestonesMatch.set(true);
            return;
        }
        long totalSats = 0;
        boolean allValid = true;
        for (MilestoneDraft draft : milestones) {
            Optional<Satoshis> sats = Amounts.parseBtc(draft.amountBtcProperty().get());
            allValid &= sats.isPresent();
            totalSats += sats.map(Satoshis::value).orElse(0L);
        }
        Optional<Satoshis> job = Amounts.parseBtc(amountBtc.get());
        boolean match = allValid && job.isPresent() && job.get().value() == totalSats;
        String jobText = job.map(s -> Amounts.btcOfSats(s.value())).orElse("?");
        milestonesMatch.set(match);
        milestoneTotal.set(messages.get(match ? "newJob.milestones.match" : "newJob.milestones.mismatch",
                Amounts.btcOfSats(totalSats), jobText));
    }

    private Optional<BigDecimal> rate() {
        RatesView view = rates.get();
        if (view == null || view.rates() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(view.rates().get(fiatCurrency.get().trim().toUpperCase(Locale.ROOT)));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty amountFiatProperty() {
        return amountFiat;
    }

    public StringProperty fiatCurrencyProperty() {
        return fiatCurrency;
    }

    public StringProperty amountBtcProperty() {
        return amountBtc;
    }

    public ObjectProperty<LocalDate> deadlineDateProperty() {
        return deadlineDate;
    }

    public StringProperty deadlineTimeProperty() {
        return deadlineTime;
    }

    public StringProperty freelancerProperty() {
        return freelancer;
    }

    public ObservableList<MilestoneDraft> milestones() {
        return milestones;
    }

    public ObjectProperty<RatesView> ratesProperty() {
        return rates;
    }

    public StringProperty fiatEquivalentProperty() {
        return fiatEquivalent;
    }

    public StringProperty btcEquivalentProperty() {
        return btcEquivalent;
    }

    public StringProperty milestoneTotalProperty() {
        return milestoneTotal;
    }

    public BooleanProperty milestonesMatchProperty() {
        return milestonesMatch;
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
