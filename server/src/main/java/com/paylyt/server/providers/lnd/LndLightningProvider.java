package com.paylyt.server.providers.lnd;

import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.lightning.CreatedInvoice;
import com.paylyt.server.lightning.InvoiceRequest;
import com.paylyt.server.lightning.InvoiceState;
import com.paylyt.server.lightning.LightningException;
import com.paylyt.server.lightning.LightningProvider;
import com.paylyt.server.providers.LightningPayer;
import com.paylyt.server.providers.LightningPayment;
import com.paylyt.server.providers.LightningPaymentStatus;
import com.paylyt.server.providers.ProviderReferences;
import com.paylyt.server.providers.ProviderTimeoutException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lightning invoices and payments on the user's own LND node. Settlement is detected by polling
 * {@link #lookupInvoice}, which the server's reconciler does on a schedule.
 */
public final class LndLightningProvider implements LightningProvider, LightningPayer {

    private static final Logger log = LoggerFactory.getLogger(LndLightningProvider.class);

    private final LndClient client;
    private final ProviderReferences references;
    private final Clock clock;

    /** @param references where the payment hash of each of our invoices is kept, LND's only look-up key */
    public LndLightningProvider(LndClient client, ProviderReferences references, Clock clock) {
        this.client = client;
        this.references = references;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "lnd";
    }

    @Override
    public CreatedInvoice createInvoice(InvoiceRequest request) {
        LndAddedInvoice added = client.addInvoice(request.amount().value(), request.description(), request.expiry());
        references.remember(request.invoiceId(), added.paymentHashHex());
        log.info("Created LND invoice {} for invoice {} of {}", added.paymentHashHex(), request.invoiceId(),
                request.amount());
        return new CreatedInvoice(added.paymentRequest(), added.paymentHashHex(), added.paymentHashHex(),
                clock.instant().plus(request.expiry()));
    }

    @Override
    public Optional<InvoiceState> lookupInvoice(String invoiceId) {
        Optional<String> hash = references.find(invoiceId);
        if (hash.isEmpty()) {
            log.warn("No LND payment hash stored for invoice {}", invoiceId);
            return Optional.empty();
        }
        return client.lookupInvoice(hash.get()).map(invoice -> toState(invoiceId, invoice));
    }

    /**
     * Pays {@code paymentRequest}. LND refuses to pay the same payment hash twice, which makes a retry with the
     * same invoice safe; {@code paymentId} only appears in the log.
     */
    @Override
    public LightningPayment pay(String paymentId, String paymentRequest, Satoshis maxFee) {
        try {
            LndPaymentUpdate update = client.sendPayment(paymentRequest, maxFee.value());
            LightningPayment payment = toPayment(paymentId, update);
            log.info("LND payment {} is {} with hash {}", paymentId, payment.status(), payment.paymentHash());
            return payment;
        } catch (ProviderTimeoutException e) {
            log.warn("LND payment {} timed out and stays pending", paymentId, e);
            return new LightningPayment(paymentId, LightningPaymentStatus.PENDING, null, Satoshis.ZERO, null);
        } catch (LightningException e) {
            log.warn("LND payment {} failed", paymentId, e);
            return new LightningPayment(paymentId, LightningPaymentStatus.FAILED, null, Satoshis.ZERO, e.getMessage());
        }
    }

    static InvoiceState toState(String invoiceId, LndInvoice invoice) {
        InvoiceStatus status = status(invoice.state());
        Satoshis received = status == InvoiceStatus.PAID ? Satoshis.of(invoice.amountPaidSat()) : Satoshis.ZERO;
        return new InvoiceState(invoiceId, status, received);
    }

    /**
     * Maps LND's invoice state. LND cancels an invoice when it expires unpaid, so CANCELED is reported as
     * expired. ACCEPTED is a held payment that is not settled yet.
     */
    static InvoiceStatus status(String lndState) {
        return switch (lndState) {
            case "SETTLED" -> InvoiceStatus.PAID;
            case "CANCELED" -> InvoiceStatus.EXPIRED;
            default -> InvoiceStatus.PENDING;
        };
    }

    private static LightningPayment toPayment(String paymentId, LndPaymentUpdate update) {
        Satoshis fee = Satoshis.of(update.feeSat());
        return switch (update.status()) {
            case "SUCCEEDED" -> new LightningPayment(paymentId, LightningPaymentStatus.SUCCEEDED,
                    update.paymentHashHex(), fee, null);
            case "FAILED" -> new LightningPayment(paymentId, LightningPaymentStatus.FAILED, update.paymentHashHex(),
                    Satoshis.ZERO, update.failureReason());
            default -> new LightningPayment(paymentId, LightningPaymentStatus.PENDING, update.paymentHashHex(), fee,
                    null);
        };
    }
}
