package com.paylyt.server.wallet;

import com.paylyt.model.money.FiatMoney;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.rates.ExchangeRate;
import java.time.Instant;

/** Sats sold for fiat at a rate. */
public record Conversion(String id, String userId, Satoshis amount, ExchangeRate rate, FiatMoney result,
        Instant createdAt) {
}
