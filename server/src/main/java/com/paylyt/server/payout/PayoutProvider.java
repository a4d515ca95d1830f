package com.paylyt.server.payout;

import java.util.Optional;

/**
 * Sends fiat withdrawals to their destination: recorded at once by default, or through a provider such as
 * Bitnob. Implementations never touch the database.
 */
public interface PayoutProvider {

    /** Returns the short name of the provider, such as {@code ledger}. */
    String name();

    /**
     * Submits a payout. A timed-out submission is reported as {@link PayoutStatus#PENDING}, never as failed,
     * because the provider may still carry it out.
     */
    PayoutResult submit(PayoutRequest request);

    /** Looks up a payout submitted earlier; empty when the provider does not know it. */
    Optional<PayoutResult> lookup(String payoutId);
}
