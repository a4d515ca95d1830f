package com.paylyt.model.api;

import com.paylyt.model.job.JobStatus;
import java.time.Instant;
import java.util.List;

/** Response of {@code GET /api/jobs/:id/status}; {@code invoice} is null when there is none. */
public record JobStatusView(
        String jobId,
        JobStatus status,
        long amountSats,
        long fundedSats,
        InvoiceView invoice,
        List<StatusChange> history,
        Instant updatedAt) {
}
