package com.paylyt.server.providers;

/** Status of an outgoing Lightning payment. */
public enum LightningPaymentStatus {
    /** Sent but not settled, or the request timed out: the provider may still complete it. */
    PENDING,
    SUCCEEDED,
    FAILED
}
