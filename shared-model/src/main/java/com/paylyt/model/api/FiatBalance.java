package com.paylyt.model.api;

import java.math.BigDecimal;

/** A balance in one fiat currency. */
public record FiatBalance(String currency, BigDecimal amount) {
}
