package com.paylyt.server.providers.lnd;

/**
 * The response of LND's {@code POST /v1/invoices}.
 *
 * @param paymentHashHex {@code r_hash}, which REST sends as base64, converted to hex
 */
public record LndAddedInvoice(String paymentHashHex, String paymentRequest) {
}
