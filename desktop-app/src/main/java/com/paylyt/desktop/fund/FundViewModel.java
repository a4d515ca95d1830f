package com.paylyt.desktop.fund;

import com.paylyt.desktop.ui.Amounts;
import com.paylyt.desktop.ui.Messages;
import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.api.InvoiceView;
import com.paylyt.model.api.JobStatusView;
import com.paylyt.model.job.JobStatus;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The invoice dialog: the invoice, its countdown, and whether it was paid or expired. */
public final class FundViewModel {

    private final Messages messages;
    private final ObjectProperty<InvoiceView> invoice = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty countdown = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty paid = new SimpleBooleanProperty(false);
    private final BooleanProperty expired = new SimpleBooleanProperty(false);
    private final BooleanProperty paymentFailed = new SimpleBooleanProperty(false);

    public FundViewModel(Messages messages) {
        this.messages = messages;
    }

    public void showInvoice(InvoiceView view, Instant now) {
        invoice.set(view);
        amount.set(Amounts.satsAndBtc(view.amountSats()));
        expired.set(false);
        paymentFailed.set(false);
        status.set(messages.get("fund.waiting"));
        tick(now);
    }

    /** Updates the countdown; marks the invoice expired once its expiry has passed. */
    public void tick(Instant now) {
        InvoiceView current = invoice.get();
        if (current == null || paid.get() || current.expiresAt() == null) {
            return;
        }
        Duration left = Duration.between(now, current.expiresAt());
        if (left.isNegative() || left.isZero()) {
            markExpired();
            return;
        }
        long seconds = left.toSeconds();
        countdown.set(messages.get("fund.expiresIn", String.format("%d:%02d", seconds / 60, seconds % 60)));
    }

    /** Takes a poll of the job's status: a job past awaiting funding is paid; an expired invoice is marked. */
    public void onStatus(JobStatusView view) {
        if (view.status() != JobStatus.AWAITING_FUNDING && view.status() != JobStatus.CANCELLED) {
            paid.set(true);
            countdown.set("");
            status.set(messages.get("fund.paid"));
            return;
        }
        InvoiceView current = invoice.get();
        InvoiceView polled = view.invoice();
        boolean sameInvoice = current != null && polled != null && current.invoiceId().equals(polled.invoiceId());
        if (sameInvoice && (polled.status() == InvoiceStatus.EXPIRED || polled.status() == InvoiceStatus.FAILED)) {
            markExpired();
        }
    }

    /**
     * Shows why paying the invoice failed, such as a simulator that no longer has it, and offers a new invoice
     * in place of another attempt on this one.
     */
    public void onPaymentFailed(String reason) {
        paymentFailed.set(true);
        status.set(messages.get("fund.payFailed", reason));
    }

    /** Returns whether the person should request a new invoice: this one expired or could not be paid. */
    public BooleanBinding renewOfferedBinding() {
        return expired.or(paymentFailed).and(paid.not());
    }

    private void markExpired() {
        expired.set(true);
        countdown.set(messages.get("fund.expired"));
        status.set(messages.get("fund.expiredHint"));
    }

    public ObjectProperty<InvoiceView> invoiceProperty() {
        return invoice;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty countdownProperty() {
        return countdown;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty paidProperty() {
        return paid;
    }

    public BooleanProperty expiredProperty() {
        return expired;
    }

    public BooleanProperty paymentFailedProperty() {
        return paymentFailed;
    }
}
