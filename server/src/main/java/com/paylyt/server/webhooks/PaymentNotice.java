package com.paylyt.server.webhooks;

import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.money.Satoshis;

/**
 * A provider's report about one of our invoices, from a webhook or from reconciliation.
 *
 * @param invoiceId our invoice id (the reference we gave the provider)
 * @param receivedAmount what was actually received, or null when the report does not say
 * @param eventId the provider's event id for de-duplication, or null when it has none
 */
public record PaymentNotice(String invoiceId, InvoiceStatus status, Satoshis receivedAmount, String eventId) {
}
