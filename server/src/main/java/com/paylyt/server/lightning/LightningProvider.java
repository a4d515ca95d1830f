package com.paylyt.server.lightning;

import java.util.Optional;

/**
 * A source of Lightning invoices: the offline simulator, or a real provider such as Bitnob or an LND node.
 *
 * <p>Implementations talk to the outside world only; they never touch the database. Payment notices come
 * back through the payment webhook or through {@link #lookupInvoice} when the server reconciles.
 */
public interface LightningProvider {

    /** Returns the short name shown in {@code /api/health}, such as {@code simulated}. */
    String name();

    /**
     * Creates an invoice for exactly {@code request.amount()}.
     *
     * @throws LightningException when the provider rejects the request or cannot be reached
     */
    CreatedInvoice createInvoice(InvoiceRequest request);

    /**
     * Looks up the current state of an invoice created by this provider.
     *
     * @return empty when the provider does not know the invoice
     * @throws LightningException when the provider cannot be reached
     */
    Optional<InvoiceState> lookupInvoice(String invoiceId);
}
