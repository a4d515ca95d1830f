package com.paylyt.server.providers;

/** Where an outgoing Lightning payment stands. */
public enum LightningPaymentStatus {
    /** Sent but not settled, or the request timed out: the provider may still complete it. */
    PENDING,
    SUCCEEDED,
    FAILED
}
