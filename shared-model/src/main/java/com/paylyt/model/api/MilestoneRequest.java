package com.paylyt.model.api;

import java.math.BigDecimal;

/** One milestone of a new job; the milestones' amounts add up to the job's amount. */
public record MilestoneRequest(String title, BigDecimal amountBtc) {
}
