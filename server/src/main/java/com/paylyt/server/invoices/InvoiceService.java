package com.paylyt.server.invoices;

import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.api.InvoiceView;
import com.paylyt.model.api.WebhookAck;
import com.paylyt.model.job.JobAction;
import com.paylyt.model.job.JobParty;
import com.paylyt.model.job.JobStateMachine;
import com.paylyt.model.job.JobStatus;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.auth.User;
import com.paylyt.server.db.Database;
import com.paylyt.server.http.ApiProblem;
import com.paylyt.server.http.ErrorCode;
import com.paylyt.server.jobs.Job;
import com.paylyt.server.jobs.JobRepository;
import com.paylyt.server.ledger.Accounts;
import com.paylyt.server.ledger.Asset;
import com.paylyt.server.ledger.Ledger;
import com.paylyt.server.ledger.Movement;
import com.paylyt.server.lightning.CreatedInvoice;
import com.paylyt.server.lightning.InvoiceRequest;
import com.paylyt.server.lightning.LightningException;
import com.paylyt.server.lightning.LightningProvider;
import com.paylyt.server.webhooks.PaymentNotice;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invoices that fund jobs, and the payments reported for them.
 *
 * <p>A payment is applied once per invoice: the invoice's conditional status update and the ledger's unique
 * (kind, reference) key both refuse a second application. Sats a job does not need (an overpayment, or a
 * payment of an old invoice after the job was funded) are credited to the client's wallet, never dropped.
 */
public final class InvoiceService {

    /** Actor recorded in a job's history for changes caused by a payment. */
    public static final String PAYMENT_ACTOR = "lightning";

    private static final Logger log = LoggerFactory.getLogger(InvoiceService.class);

    private final Database database;
    private final InvoiceRepository invoices;
    private final JobRepository jobs;
    private final Ledger ledger;
    private final LightningProvider lightning;
    private final Duration expiry;
    private final Clock clock;

    public InvoiceService(Database database, InvoiceRepository invoices, JobRepository jobs, Ledger ledger,
            LightningProvider lightning, Duration expiry, Clock clock) {
        this.database = database;
        this.invoices = invoices;
        this.jobs = jobs;
        this.ledger = ledger;
        this.lightning = lightning;
        this.expiry = expiry;
        this.clock = clock;
    }

    /** An invoice and whether this request created it (false: the pending one came back). */
    public record FundingInvoice(InvoiceView invoice, boolean created) {
    }

    /** Returns the job's pending invoice, or creates one for the sats still outstanding. */
    public FundingInvoice fund(User caller, String jobId) {
        Job job = database.read(connection -> requireFundable(connection, caller, jobId));
        Optional<Invoice> pending = database.read(connection -> invoices.findPending(connection, jobId))
                .filter(invoice -> !invoice.isExpiredAt(now()));
        if (pending.isPresent()) {
            return new FundingInvoice(InvoiceViews.withQrCode(pending.get()), false);
        }
        String invoiceId = UUID.randomUUID().toString();
        CreatedInvoice created = createAtProvider(invoiceId, job);
        Invoice invoice = new Invoice(invoiceId, jobId, lightning.name(), created.providerReference(),
                created.paymentRequest(), created.paymentHash(), job.outstanding(), null, InvoiceStatus.PENDING,
                created.expiresAt(), now());
        StoredInvoice stored = database.write(connection -> store(connection, caller, invoice));
        // The QR code takes milliseconds of CPU, so it is rendered after the write lock is released.
        return new FundingInvoice(InvoiceViews.withQrCode(stored.invoice()), stored.created());
    }

    /** The invoice that a job's funding request returns, and whether that request stored it. */
    private record StoredInvoice(Invoice invoice, boolean created) {
    }

    private CreatedInvoice createAtProvider(String invoiceId, Job job) {
        try {
            return lightning.createInvoice(new InvoiceRequest(invoiceId, job.outstanding(),
                    "PayLyt escrow for \"" + job.title() + "\"", expiry));
        } catch (LightningException e) {
            log.warn("Lightning provider {} failed to create an invoice for job {}", lightning.name(), job.id(), e);
            throw new ApiProblem(ErrorCode.PROVIDER_UNAVAILABLE,
                    "The Lightning provider could not create an invoice; try again in a moment");
        }
    }

    private StoredInvoice store(Connection connection, User caller, Invoice invoice) throws SQLException {
        Job job = requireFundable(connection, caller, invoice.jobId());
        if (!job.outstanding().equals(invoice.amount())) {
            // NOTE: the provider already issued this invoice. If someone pays it anyway, its report is held as
            // an early notice that never finds its row, so verify-ledger reports it for a manual refund.
            throw ApiProblem.invalidState("Job " + job.id() + " received a payment meanwhile; request the invoice again");
        }
        Optional<Invoice> pending = invoices.findPending(connection, job.id());
        if (pending.isPresent() && !pending.get().isExpiredAt(now())) {
            return new StoredInvoice(pending.get(), false);
        }
        if (pending.isPresent()) {
            invoices.updateStatus(connection, pending.get().id(), InvoiceStatus.PENDING, InvoiceStatus.EXPIRED, null,
                    now());
        }
        invoices.insert(connection, invoice);
        log.info("Created invoice {} for job {}: {} sats via {}", invoice.id(), job.id(), invoice.amount().value(),
                invoice.provider());
        List<PaymentNotice> early = invoices.earlyNotices(connection, invoice.id());
        for (PaymentNotice notice : early) {
            log.info("Applying a {} report that arrived before invoice {} was stored", wire(notice.status()),
                    invoice.id());
            applyNotice(connection, invoices.findById(connection, invoice.id()).orElseThrow(), notice);
        }
        Invoice stored = early.isEmpty() ? invoice : invoices.findById(connection, invoice.id()).orElseThrow();
        return new StoredInvoice(stored, true);
    }

    private Job requireFundable(Connection connection, User caller, String jobId) throws SQLException {
        Job job = jobs.findById(connection, jobId)
                .filter(found -> found.partyOf(caller.id()) != JobParty.OTHER)
                .orElseThrow(() -> ApiProblem.notFound("No job " + jobId + " that you are a party to"));
        if (job.partyOf(caller.id()) != JobParty.CLIENT) {
            throw ApiProblem.forbidden("Only the job's client may fund it");
        }
        if (JobStateMachine.next(job.status(), JobAction.FUND).isEmpty()) {
            throw ApiProblem.invalidState("Job " + jobId + " is " + job.status().wireName()
                    + "; only a job awaiting funding takes an invoice");
        }
        return job;
    }

    /**
     * Applies a provider's report about an invoice, at most once.
     *
     * @param source the provider's name, which qualifies its event ids
     */
    public WebhookAck apply(PaymentNotice notice, String source) {
        return database.write(connection -> {
            Optional<Invoice> invoice = invoices.findById(connection, notice.invoiceId());
            if (invoice.isEmpty() && !isInvoiceId(notice.invoiceId())) {
                throw ApiProblem.invalidField("invoice_id", "no invoice " + notice.invoiceId());
            }
            if (notice.eventId() != null
                    && !invoices.recordEvent(connection, source + ":" + notice.eventId(), notice.invoiceId(), now())) {
                return new WebhookAck(true, true);
            }
            if (invoice.isEmpty()) {
                // The provider can report a payment before fund() has committed the invoice row.
                invoices.holdEarlyNotice(connection, notice, now());
                log.warn("Held a {} report for invoice {}, which is not stored yet", wire(notice.status()),
                        notice.invoiceId());
                return new WebhookAck(true, false);
            }
            boolean applied = applyNotice(connection, invoice.get(), notice);
            if (applied) {
                log.info("Invoice {} is now {}", invoice.get().id(), wire(notice.status()));
            }
            return new WebhookAck(true, !applied);
        });
    }

    private boolean applyNotice(Connection connection, Invoice invoice, PaymentNotice notice) throws SQLException {
        return switch (notice.status()) {
            case PAID -> applyPayment(connection, invoice, notice.receivedAmount());
            case EXPIRED, FAILED -> invoices.updateStatus(connection, invoice.id(), InvoiceStatus.PENDING,
                    notice.status(), null, now());
            case PENDING -> false;
        };
    }

    /** Returns whether {@code id} has the shape of the ids {@link #fund} gives invoices (a UUID). */
    private static boolean isInvoiceId(String id) {
        try {
            return UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String wire(InvoiceStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    private boolean applyPayment(Connection connection, Invoice invoice, Satoshis reported) throws SQLException {
        if (invoice.status() == InvoiceStatus.PAID) {
            return false;
        }
        Satoshis received = reported == null ? invoice.amount() : reported;
        if (received.isZero()) {
            throw ApiProblem.invalidField("amount_sats", "must be greater than zero for a paid invoice");
        }
        if (!invoices.updateStatus(connection, invoice.id(), invoice.status(), InvoiceStatus.PAID, received, now())) {
            return false;
        }
        Job job = jobs.findById(connection, invoice.jobId()).orElseThrow();
        Satoshis toEscrow = job.status() == JobStatus.AWAITING_FUNDING
                ? (received.isLessThan(job.outstanding()) ? received : job.outstanding())
                : Satoshis.ZERO;
        bookPayment(connection, invoice, job, toEscrow, received.minus(toEscrow));
        if (!toEscrow.isZero() && !jobs.addFunding(connection, job.id(), toEscrow, now())) {
            throw new IllegalStateException("Job " + job.id() + " rejected funding that was checked to be outstanding");
        }
        if (!toEscrow.isZero() && toEscrow.equals(job.outstanding())) {
            jobs.transition(connection, job.id(), JobStatus.AWAITING_FUNDING, JobStatus.FUNDED, now());
            jobs.addEvent(connection, job.id(), JobStatus.FUNDED, PAYMENT_ACTOR, now());
            log.info("Job {} is now funded by invoice {}", job.id(), invoice.id());
        }
        return true;
    }

    private void bookPayment(Connection connection, Invoice invoice, Job job, Satoshis toEscrow, Satoshis excess)
            throws SQLException {
        if (!toEscrow.isZero()) {
            ledger.post(connection, Movement.builder("escrow_funding", invoice.id(),
                            "Escrow for job \"" + job.title() + "\"")
                    .transfer(Accounts.LIGHTNING_INBOUND, Accounts.escrow(job.id()), Asset.SATS, toEscrow.value())
                    .build());
        }
        if (!excess.isZero()) {
            ledger.post(connection, Movement.builder("overpayment", invoice.id(),
                            "Sats paid beyond what job \"" + job.title() + "\" needed")
                    .transfer(Accounts.LIGHTNING_INBOUND, Accounts.user(job.client().id()), Asset.SATS,
                            excess.value())
                    .build());
            log.info("Credited {} sats of invoice {} that job {} did not need to client {}", excess.value(),
                    invoice.id(), job.id(), job.client().id());
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
