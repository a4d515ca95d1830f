package com.paylyt.desktop.job;

import com.paylyt.model.job.JobStatus;

/**
 * One step of a job's status timeline.
 *
 * @param detail when and by whom the step was reached, or empty text for a step still ahead
 */
public record TimelineStep(JobStatus status, Progress progress, String detail) {

    public enum Progress {
        DONE,
        CURRENT,
        AHEAD
    }
}
