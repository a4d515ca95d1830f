package com.paylyt.server.jobs;

import com.paylyt.model.money.Satoshis;

/** One milestone of a job, numbered from 1 in the order the client gave. */
public record Milestone(int position, String title, Satoshis amount) {
}
