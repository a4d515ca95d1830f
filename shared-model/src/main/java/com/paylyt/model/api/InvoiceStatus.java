package com.paylyt.model.api;

/** Where a Lightning invoice stands. */
public enum InvoiceStatus {
    PENDING,
    PAID,
    EXPIRED,
    FAILED;

    /** Parses a wire name such as {@code paid}; returns null for anything unknown. */
    public static InvoiceStatus fromWireName(String name) {
        for (InvoiceStatus status : values()) {
            if (status.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
                return status;
            }
        }
        return null;
    }
}
