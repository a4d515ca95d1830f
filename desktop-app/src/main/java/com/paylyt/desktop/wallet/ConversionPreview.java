package com.paylyt.desktop.wallet;

import java.math.BigDecimal;

/**
 * What a conversion would give at the current rate, shown before the person confirms it.
 *
 * @param rate units of {@code currency} per 1 BTC
 */
public record ConversionPreview(long sats, BigDecimal amountBtc, String currency, BigDecimal rate,
        BigDecimal amountFiat) {
}
