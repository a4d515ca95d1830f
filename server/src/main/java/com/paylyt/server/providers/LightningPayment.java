package com.paylyt.server.providers;

import com.paylyt.model.money.Satoshis;

/**
 * An outgoing Lightning payment as the provider reports it.
 *
 * @param paymentId PayLyt's withdrawal id, sent to the provider as the idempotency reference where it takes one
 * @param paymentHash hex payment hash, or null when the provider did not return one
 * @param fee routing fee paid, {@link Satoshis#ZERO} when unknown
 * @param failureReason the provider's reason when {@code status} is FAILED; null otherwise
 */
public record LightningPayment(String paymentId, LightningPaymentStatus status, String paymentHash, Satoshis fee,
        String failureReason) {
}
