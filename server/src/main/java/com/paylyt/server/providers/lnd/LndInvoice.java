package com.paylyt.server.providers.lnd;

/**
 * An invoice as LND's {@code GET /v1/invoice/{r_hash_str}} reports it.
 *
 * @param state {@code OPEN}, {@code SETTLED}, {@code CANCELED} or {@code ACCEPTED}
 * @param amountPaidSat {@code amt_paid_sat}, what the payer sent, which may exceed the invoice value
 */
public record LndInvoice(String paymentHashHex, String state, long valueSat, long amountPaidSat) {
}
