package com.paylyt.server.providers;

import java.util.Optional;

/**
 * Maps PayLyt invoice ids to the provider's own invoice ids ({@code CreatedInvoice.providerReference}).
 *
 * <p>{@code LightningProvider.lookupInvoice} receives only our invoice id, but Bitnob and LND look invoices up
 * by their own id. The server passes an implementation backed by its invoice table so that look-ups work
 * after a restart; {@link InMemoryProviderReferences} covers tests and a single run.
 */
public interface ProviderReferences {

    /** Stores the provider's id of an invoice just created. */
    void remember(String invoiceId, String providerReference);

    /** Returns the provider's id of an invoice, when known. */
    Optional<String> find(String invoiceId);
}
