package com.paylyt.server.jobs;

import com.paylyt.model.money.FiatMoney;
import com.paylyt.model.money.Satoshis;
import java.time.Instant;
import java.util.List;

/** A validated request for a new job; {@code freelancer} is the username or email as given, or null. */
public record NewJob(String title, String description, FiatMoney amountFiat, Satoshis amount, Instant deadline,
        List<Milestone> milestones, String freelancer) {
}
