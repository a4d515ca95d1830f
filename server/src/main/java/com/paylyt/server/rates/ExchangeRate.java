package com.paylyt.server.rates;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * The price of 1 BTC in a fiat currency.
 *
 * @param source name of where the rate came from, shown to users as {@code rate_source}
 * @param timestamp when the source set the rate
 */
public record ExchangeRate(Currency currency, BigDecimal perBtc, String source, Instant timestamp) {
}
