package com.paylyt.model.api;

import java.util.List;

/** A list of jobs, newest first. */
public record JobList(List<JobView> jobs) {
}
