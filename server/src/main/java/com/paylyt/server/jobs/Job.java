package com.paylyt.server.jobs;

import com.paylyt.model.api.UserSummary;
import com.paylyt.model.job.JobParty;
import com.paylyt.model.job.JobStatus;
import com.paylyt.model.money.FiatMoney;
import com.paylyt.model.money.Satoshis;
import java.time.Instant;

/** A job as stored, with the usernames of its parties. */
public record Job(
        String id,
        UserSummary client,
        UserSummary freelancer,
        String title,
        String description,
        FiatMoney amountFiat,
        Satoshis amount,
        Satoshis funded,
        Instant deadline,
        JobStatus status,
        String deliverableNote,
        String deliverableUrl,
        Instant submittedAt,
        Instant createdAt,
        Instant updatedAt) {

    public JobParty partyOf(String userId) {
        if (client.id().equals(userId)) {
            return JobParty.CLIENT;
        }
        if (freelancer != null && freelancer.id().equals(userId)) {
            return JobParty.FREELANCER;
        }
        return JobParty.OTHER;
    }

    public boolean hasFreelancer() {
        return freelancer != null;
    }

    /** Sats still to be paid into escrow. */
    public Satoshis outstanding() {
        return amount.minus(funded);
    }
}
