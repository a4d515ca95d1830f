package com.paylyt.server.payout;

/** Where a payout stands at its provider. */
public enum PayoutStatus {
    PENDING,
    COMPLETED,
    FAILED
}
