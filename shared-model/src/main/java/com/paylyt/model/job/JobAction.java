package com.paylyt.model.job;

/** Something a party (or the payment system) can do to a job. */
public enum JobAction {
    /** The client requests a Lightning invoice to pay the job into escrow. */
    FUND,
    /** A user other than the client takes a job that has no freelancer yet. */
    ACCEPT,
    /** The Lightning provider reports that the escrow is fully paid. */
    RECEIVE_PAYMENT,
    /** The freelancer submits the deliverable. */
    COMPLETE,
    /** The client approves the deliverable. */
    APPROVE,
    /** The client releases the escrowed sats to the freelancer. */
    RELEASE,
    /** The client cancels the job before it is funded. */
    CANCEL
}
