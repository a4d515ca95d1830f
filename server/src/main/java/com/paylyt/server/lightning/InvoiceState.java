package com.paylyt.server.lightning;

import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.money.Satoshis;

/**
 * What a provider reports about an invoice.
 *
 * @param receivedAmount what the payer actually sent, when paid; {@link Satoshis#ZERO} otherwise
 */
public record InvoiceState(String invoiceId, InvoiceStatus status, Satoshis receivedAmount) {
}
