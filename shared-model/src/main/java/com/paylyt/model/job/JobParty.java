package com.paylyt.model.job;

/** How the caller relates to a job. */
public enum JobParty {
    CLIENT,
    FREELANCER,
    /** A signed-in user who is neither the client nor the freelancer. */
    OTHER,
    /** The payment system, acting on a provider's report. */
    SYSTEM
}
