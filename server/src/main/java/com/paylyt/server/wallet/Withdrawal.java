package com.paylyt.server.wallet;

import com.paylyt.model.money.FiatMoney;
import com.paylyt.server.payout.PayoutStatus;
import java.time.Instant;

/** Fiat leaving a user's wallet through a payout provider. */
public record Withdrawal(String id, String userId, FiatMoney amount, String destination, PayoutStatus status,
        String provider, Instant createdAt) {
}
