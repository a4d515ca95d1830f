package com.paylyt.desktop.dashboard;

import com.paylyt.model.api.JobView;
import com.paylyt.model.job.JobStatus;

/**
 * One line of a job list, formatted for display.
 *
 * @param counterpart the other party's username, or empty text when there is none yet
 */
public record JobRow(JobView job, String title, JobStatus status, String sats, String btc, String deadline,
        String counterpart) {
}
