package com.paylyt.model.api;

import com.paylyt.model.job.JobAction;
import com.paylyt.model.job.JobStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A job as its client or freelancer sees it.
 *
 * @param availableActions what the caller may do now, so that a client shows only those buttons
 */
public record JobView(
        String id,
        String title,
        String description,
        BigDecimal amountFiat,
        String fiatCurrency,
        long amountSats,
        BigDecimal amountBtc,
        long fundedSats,
        Instant deadline,
        JobStatus status,
        UserSummary client,
        UserSummary freelancer,
        List<MilestoneView> milestones,
        DeliverableView deliverable,
        List<StatusChange> history,
        Set<JobAction> availableActions,
        Instant createdAt,
        Instant updatedAt) {
}
