package com.paylyt.model.job;

/** Where a job stands in the escrow flow; see {@link JobStateMachine} for the allowed moves. */
public enum JobStatus {
    AWAITING_FUNDING,
    FUNDED,
    SUBMITTED,
    APPROVED,
    RELEASED,
    CANCELLED;

    /** Returns the name used on the wire, such as {@code awaiting_funding}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a wire name such as {@code funded}; returns null for anything unknown. */
    public static JobStatus fromWireName(String name) {
        for (JobStatus status : values()) {
            if (status.wireName().equals(name)) {
                return status;
            }
        }
        return null;
    }

    public boolean isFinal() {
        return this == RELEASED || this == CANCELLED;
    }
}
