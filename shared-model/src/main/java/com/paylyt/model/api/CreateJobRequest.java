package com.paylyt.model.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /api/jobs}.
 *
 * @param amountBtc decimal BTC, at most 8 decimal places
 * @param deadline ISO 8601 date-time with a zone offset or {@code Z}; kept as text so that a missing offset
 *     can be rejected instead of guessed
 * @param freelancer optional username or email of the user who will do the work
 */
public record CreateJobRequest(
        String title,
        String description,
        BigDecimal amountFiat,
        String fiatCurrency,
        BigDecimal amountBtc,
        String deadline,
        List<MilestoneRequest> milestones,
        String freelancer) {
}
