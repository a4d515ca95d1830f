package com.paylyt.server.lightning;

import java.time.Instant;

/**
 * An invoice a provider created.
 *
 * @param paymentRequest the BOLT11 string
 * @param paymentHash hex SHA-256 of the preimage
 * @param providerReference the provider's own id of the invoice, stored for look-ups
 */
public record CreatedInvoice(String paymentRequest, String paymentHash, String providerReference, Instant expiresAt) {
}
