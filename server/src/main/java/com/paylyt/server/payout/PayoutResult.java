package com.paylyt.server.payout;

/**
 * What a provider reports about a payout.
 *
 * @param failureReason the provider's reason when {@code status} is FAILED; null otherwise
 */
public record PayoutResult(String payoutId, PayoutStatus status, String providerReference, String failureReason) {
}
