package com.paylyt.model.api;

import com.paylyt.model.job.JobStatus;
import java.time.Instant;

/**
 * One entry of a job's status history.
 *
 * @param by username of the user who caused the change, or {@code "lightning"} for a payment
 */
public record StatusChange(JobStatus status, Instant at, String by) {
}
