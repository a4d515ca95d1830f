package com.paylyt.server.lightning;

import com.paylyt.model.money.Satoshis;
import java.time.Duration;

/**
 * What the server asks a provider to invoice.
 *
 * @param invoiceId PayLyt's id of the invoice, sent to providers as the idempotency reference
 * @param description shown to the payer by their wallet
 */
public record InvoiceRequest(String invoiceId, Satoshis amount, String description, Duration expiry) {
}
