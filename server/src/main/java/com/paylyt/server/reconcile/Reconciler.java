package com.paylyt.server.reconcile;

import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.api.WebhookAck;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.db.Database;
import com.paylyt.server.invoices.Invoice;
import com.paylyt.server.invoices.InvoiceRepository;
import com.paylyt.server.invoices.InvoiceService;
import com.paylyt.server.lightning.InvoiceState;
import com.paylyt.server.lightning.LightningProvider;
import com.paylyt.server.payout.PayoutProvider;
import com.paylyt.server.payout.PayoutResult;
import com.paylyt.server.payout.PayoutStatus;
import com.paylyt.server.wallet.WalletService;
import com.paylyt.server.wallet.Withdrawal;
import com.paylyt.server.webhooks.PaymentNotice;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the providers about every pending invoice and withdrawal, because a webhook can be lost and Bitnob sends
 * none for an expired invoice or a failed payout. Runs once at start and then every {@code interval}, on one
 * thread, so two runs never overlap.
 *
 * <p>Changes go through {@link InvoiceService#apply} and {@link WalletService#settle}, the same idempotent paths
 * as webhooks and withdrawal requests, so a change reported twice is applied once. A pending invoice past its
 * {@code expires_at} that the provider does not report as paid is expired here: the simulator sends no webhook
 * for expiry, and the provider may have forgotten the invoice.
 */
public final class Reconciler implements AutoCloseable {

    /** Setting of the time between two runs, in seconds or ISO-8601. */
    public static final String INTERVAL_SETTING = "PAYLYT_RECONCILE_INTERVAL";

    /** Default time between two runs. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

    /** Setting of how long a payout the provider has no record of stays pending before it counts as failed. */
    public static final String UNKNOWN_PAYOUT_GRACE_SETTING = "PAYLYT_UNKNOWN_PAYOUT_GRACE";

    /**
     * Default grace for a payout unknown to its provider. It is far longer than a submission takes (Bitnob's is
     * polled for at most a few minutes), so a payout still unknown after it was never submitted, for example
     * because the server crashed between booking the withdrawal and sending it.
     */
    public static final Duration DEFAULT_UNKNOWN_PAYOUT_GRACE = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final Database database;
    private final InvoiceRepository invoices;
    private final InvoiceService invoiceService;
    private final LightningProvider lightning;
    private final PendingWithdrawals withdrawals;
    private final WalletService wallet;
    private final PayoutProvider payouts;
    private final Duration interval;
    private final Duration unknownPayoutGrace;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public Reconciler(Database database, InvoiceRepository invoices, InvoiceService invoiceService,
            LightningProvider lightning, PendingWithdrawals withdrawals, WalletService wallet,
            PayoutProvider payouts, Duration interval, Duration unknownPayoutGrace, Clock clock) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(INTERVAL_SETTING + " must be positive, got " + interval);
        }
        this.database = database;
        this.invoices = invoices;
        this.invoiceService = invoiceService;
        this.lightning = lightning;
        this.withdrawals = withdrawals;
        this.wallet = wallet;
        this.payouts = payouts;
        this.interval = interval;
        this.unknownPayoutGrace = unknownPayoutGrace;
        this.clock = clock;
    }

    /** Schedules the first run now and the next ones every {@code interval} after the previous one ends. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "paylyt-reconciler");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Reconciling pending invoices of {} and withdrawals of {} every {}", lightning.name(),
                payouts.name(), interval);
    }

    /** Stops the schedule and waits for a run in progress to end. */
    @Override
    public synchronized void close() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The reconciler did not stop within {}", SHUTDOWN_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    /**
     * Checks every pending invoice and withdrawal once.
     *
     * @return how many invoices and withdrawals changed status
     */
    public int reconcileOnce() {
        int changed = 0;
        List<Invoice> pendingInvoices = database.read(connection -> invoices.listPending(connection,
                lightning.name()));
        for (Invoice invoice : pendingInvoices) {
            if (Thread.currentThread().isInterrupted()) {
                return changed;
            }
            changed += reconcile(invoice) ? 1 : 0;
        }
        List<Withdrawal> pendingWithdrawals = database.read(connection -> withdrawals.list(connection,
                payouts.name()));
        for (Withdrawal withdrawal : pendingWithdrawals) {
            if (Thread.currentThread().isInterrupted()) {
                return changed;
            }
            changed += reconcile(withdrawal) ? 1 : 0;
        }
        return changed;
    }

    private void runSafely() {
        try {
            int changed = reconcileOnce();
            log.debug("Reconciliation finished with {} changes", changed);
        } catch (RuntimeException e) {
            // A failure must not cancel the schedule: the next run tries again.
            log.error("Reconciliation failed, retrying in {}", interval, e);
        }
    }

    private boolean reconcile(Invoice invoice) {
        Optional<InvoiceState> state;
        try {
            state = lightning.lookupInvoice(invoice.id());
        } catch (RuntimeException e) {
            // Unknown state: never expire an invoice the provider may have seen paid.
            log.warn("Cannot look up invoice {} at {}, retrying on the next run", invoice.id(), lightning.name(), e);
            return false;
        }
        InvoiceStatus status = state.map(InvoiceState::status).orElse(InvoiceStatus.PENDING);
        if (status == InvoiceStatus.PENDING && invoice.isExpiredAt(clock.instant())) {
            status = InvoiceStatus.EXPIRED;
        }
        if (status == InvoiceStatus.PENDING) {
            return false;
        }
        return apply(invoice, status, state.map(InvoiceState::receivedAmount).orElse(null));
    }

    private boolean apply(Invoice invoice, InvoiceStatus status, Satoshis received) {
        // A provider that reports a paid fixed-amount invoice without the amount received the invoice amount.
        Satoshis amount = received == null || received.isZero() ? null : received;
        try {
            WebhookAck ack = invoiceService.apply(new PaymentNotice(invoice.id(), status, amount, null),
                    lightning.name());
            if (!ack.duplicate()) {
                log.info("Reconciliation set invoice {} of job {} to {}", invoice.id(), invoice.jobId(),
                        status.name().toLowerCase(Locale.ROOT));
            }
            return !ack.duplicate();
        } catch (RuntimeException e) {
            log.warn("Cannot apply status {} to invoice {}, retrying on the next run", status, invoice.id(), e);
            return false;
        }
    }

    private boolean reconcile(Withdrawal withdrawal) {
        try {
            Optional<PayoutResult> result = payouts.lookup(withdrawal.id());
            if (result.isEmpty()) {
                return failIfUnknownTooLong(withdrawal);
            }
            if (result.get().status() == PayoutStatus.PENDING) {
                return false;
            }
            wallet.settle(withdrawal, result.get());
            log.info("Reconciliation settled withdrawal {} of user {} as {}", withdrawal.id(), withdrawal.userId(),
                    result.get().status());
            return true;
        } catch (RuntimeException e) {
            log.warn("Cannot reconcile withdrawal {} at {}, retrying on the next run", withdrawal.id(), payouts.name(), e);
            return false;
        }
    }

    /**
     * Fails a withdrawal whose provider still has no record of it after the grace period, which returns the money
     * to the wallet. NOTE: this trusts the provider's "not found"; a provider that loses track of a payout it
     * did make would see it paid out and refunded.
     */
    private boolean failIfUnknownTooLong(Withdrawal withdrawal) {
        if (withdrawal.createdAt().plus(unknownPayoutGrace).isAfter(clock.instant())) {
            return false;
        }
        String reason = payouts.name() + " has no record of this payout " + unknownPayoutGrace
                + " after it was requested";
        wallet.settle(withdrawal, new PayoutResult(withdrawal.id(), PayoutStatus.FAILED, null, reason));
        log.warn("Withdrawal {} of user {} failed: {}; its money is back in the wallet", withdrawal.id(),
                withdrawal.userId(), reason);
        return true;
    }
}
