package com.paylyt.server.lightning;

import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.money.Satoshis;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An offline Lightning node for development and demos. It issues real, signed regtest invoices
 * ({@code lnbcrt...}) that no one can pay over the network, and marks them paid when the simulator endpoint
 * requests it.
 *
 * <p>Invoices live in memory only, like those of an outside node that the server cannot see into. After a
 * restart the node no longer knows them, so {@link #lookupInvoice} reports them as expired.
 */
public final class SimulatedLightningProvider implements LightningProvider {

    /** The {@code min_final_cltv_expiry_delta} written into invoices, the BOLT 11 default in blocks. */
    static final int MIN_FINAL_CLTV_EXPIRY = Bolt11Invoice.DEFAULT_MIN_FINAL_CLTV_EXPIRY;

    /** var_onion_optin (8) and payment_secret (14), both required (even bits), as BOLT 9 and BOLT 11 expect. */
    static final Set<Integer> FEATURE_BITS = Set.of(8, 14);

    private static final Logger log = LoggerFactory.getLogger(SimulatedLightningProvider.class);
    private static final long MSAT_PER_SAT = 1_000L;

    private final Bolt11Encoder encoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SimulatedInvoice> invoices = new ConcurrentHashMap<>();

    public SimulatedLightningProvider(NodeKey nodeKey, Clock clock) {
        this.encoder = new Bolt11Encoder(nodeKey);
        this.clock = clock;
    }

    /**
     * A simulated invoice as the node stores it.
     *
     * @param paymentHash hex SHA-256 of the preimage, which the simulator does not keep
     * @param receivedAmount what the simulated payer sent, or {@link Satoshis#ZERO} while unpaid
     */
    public record SimulatedInvoice(
            String invoiceId,
            Satoshis amount,
            String description,
            String paymentHash,
            String paymentRequest,
            Instant expiresAt,
            Satoshis receivedAmount,
            boolean paid) {

        /** Returns whether the invoice can no longer be paid at {@code now}. */
        public boolean isExpiredAt(Instant now) {
            return !paid && !now.isBefore(expiresAt);
        }

        CreatedInvoice toCreatedInvoice() {
            return new CreatedInvoice(paymentRequest, paymentHash, paymentHash, expiresAt);
        }

        SimulatedInvoice withPayment(Satoshis received) {
            return new SimulatedInvoice(invoiceId, amount, description, paymentHash, paymentRequest, expiresAt,
                    received, true);
        }
    }

    /** An invoice that cannot be paid because it expired or was paid already. */
    public static final class InvoiceNotPayableException extends RuntimeException {
        public InvoiceNotPayableException(String message) {
            super(message);
        }
    }

    @Override
    public String name() {
        return "simulated";
    }

    /**
     * Creates a regtest invoice for {@code request}. Asking again for the same invoice id while the first invoice
     * is still payable returns the same invoice, so that a retried request does not create a second one.
     *
     * @throws LightningException when the amount is zero, the expiry is not a positive number of seconds, or the
     *     same invoice id was used for a different amount or description
     */
    @Override
    public synchronized CreatedInvoice createInvoice(InvoiceRequest request) {
        validate(request);
        Instant now = clock.instant();
        SimulatedInvoice existing = invoices.get(request.invoiceId());
        if (existing != null && !existing.isExpiredAt(now)) {
            return reuse(existing, request);
        }
        SimulatedInvoice created = issue(request, now);
        invoices.put(request.invoiceId(), created);
        log.info("Simulated node created invoice {} for {} (payment hash {}), expiring at {}",
                created.invoiceId(), created.amount(), created.paymentHash(), created.expiresAt());
        return created.toCreatedInvoice();
    }

    @Override
    public Optional<InvoiceState> lookupInvoice(String invoiceId) {
        Optional<SimulatedInvoice> invoice = find(invoiceId);
        if (invoice.isEmpty()) {
            // The simulated node keeps its invoices in memory, so after a restart it cannot be paid for the ones
            // it issued before: to the server they are expired, and the client gets a new invoice.
            return Optional.of(new InvoiceState(invoiceId, InvoiceStatus.EXPIRED, Satoshis.ZERO));
        }
        return Optional.of(new InvoiceState(invoiceId, statusAt(invoice.get(), clock.instant()),
                invoice.get().receivedAmount()));
    }

    /** Returns the stored invoice with this id, or empty when this node did not create it since it started. */
    public Optional<SimulatedInvoice> find(String invoiceId) {
        return Optional.ofNullable(invoices.get(invoiceId));
    }

    /**
     * Marks an invoice paid with {@code received}, which may differ from the invoice amount to simulate under- and
     * overpayment.
     *
     * @return the paid invoice, or empty when this node does not know the invoice
     * @throws InvoiceNotPayableException when the invoice expired or is already paid
     */
    public Optional<SimulatedInvoice> markPaid(String invoiceId, Satoshis received) {
        if (received.isZero()) {
            throw new IllegalArgumentException("a payment must be at least 1 sat");
        }
        SimulatedInvoice paid = invoices.computeIfPresent(invoiceId, (id, invoice) -> pay(invoice, received));
        if (paid != null) {
            log.info("Simulated node received {} for invoice {} (invoiced {})", received, invoiceId, paid.amount());
        }
        return Optional.ofNullable(paid);
    }

    private SimulatedInvoice pay(SimulatedInvoice invoice, Satoshis received) {
        Instant now = clock.instant();
        if (invoice.paid()) {
            throw new InvoiceNotPayableException("invoice " + invoice.invoiceId() + " is already paid");
        }
        if (invoice.isExpiredAt(now)) {
            throw new InvoiceNotPayableException("invoice " + invoice.invoiceId() + " expired at "
                    + invoice.expiresAt() + "; request a new one");
        }
        return invoice.withPayment(received);
    }

    private SimulatedInvoice issue(InvoiceRequest request, Instant now) {
        byte[] preimage = randomBytes();
        byte[] paymentHash = sha256(preimage);
        long amountMsat = Math.multiplyExact(request.amount().value(), MSAT_PER_SAT);
        Duration expiry = Duration.ofSeconds(request.expiry().toSeconds());
        Bolt11Invoice invoice = new Bolt11Invoice(Bolt11Invoice.Network.REGTEST, amountMsat, now, paymentHash,
                randomBytes(), request.description(), expiry, MIN_FINAL_CLTV_EXPIRY, FEATURE_BITS);

        return new SimulatedInvoice(request.invoiceId(), request.amount(), request.description(),
                HexFormat.of().formatHex(paymentHash), encoder.encode(invoice), invoice.expiresAt(), Satoshis.ZERO,
                false);
    }

    private static CreatedInvoice reuse(SimulatedInvoice existing, InvoiceRequest request) {
        boolean sameDescription = Objects.equals(existing.description(), request.description());
        if (!existing.amount().equals(request.amount()) || !sameDescription) {
            throw new LightningException("invoice " + request.invoiceId()
                    + " already exists with a different amount or description");
        }
        return existing.toCreatedInvoice();
    }

    private static void validate(InvoiceRequest request) {
        if (request.amount().isZero()) {
            throw new LightningException("invoice " + request.invoiceId() + " must be for at least 1 sat");
        }
        Duration expiry = request.expiry();
        if (expiry == null || expiry.toSeconds() <= 0) {
            throw new LightningException("invoice " + request.invoiceId()
                    + " needs an expiry of at least 1 second, got " + expiry);
        }
    }

    private static InvoiceStatus statusAt(SimulatedInvoice invoice, Instant now) {
        if (invoice.paid()) {
            return InvoiceStatus.PAID;
        }
        return invoice.isExpiredAt(now) ? InvoiceStatus.EXPIRED : InvoiceStatus.PENDING;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
