package com.paylyt.model.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** Response of {@code GET /api/rates}: units of each fiat currency per 1 BTC. */
public record RatesView(String source, Instant timestamp, Map<String, BigDecimal> rates) {
}
