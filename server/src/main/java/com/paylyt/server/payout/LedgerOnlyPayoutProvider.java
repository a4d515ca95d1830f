package com.paylyt.server.payout;

import java.util.Optional;

/**
 * The default payout provider of an offline or self-hosted server: the withdrawal is recorded in the ledger
 * as completed, and the operator settles it outside PayLyt (by bank transfer, cash, or a provider of their own).
 */
public final class LedgerOnlyPayoutProvider implements PayoutProvider {

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public PayoutResult submit(PayoutRequest request) {
        return new PayoutResult(request.payoutId(), PayoutStatus.COMPLETED, request.payoutId(), null);
    }

    @Override
    public Optional<PayoutResult> lookup(String payoutId) {
        return Optional.of(new PayoutResult(payoutId, PayoutStatus.COMPLETED, payoutId, null));
    }
}
