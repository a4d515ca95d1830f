package com.paylyt.model.api;

import java.math.BigDecimal;

/** One milestone of a job. */
public record MilestoneView(int position, String title, long amountSats, BigDecimal amountBtc) {
}
