package com.paylyt.model.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A conversion of sats to fiat, or its preview.
 *
 * @param rate units of {@code targetCurrency} per 1 BTC
 */
public record ConversionView(
        String conversionId,
        String status,
        long amountSats,
        BigDecimal amountBtc,
        String targetCurrency,
        BigDecimal rate,
        BigDecimal amountFiat,
        String rateSource,
        Instant rateTimestamp) {
}
