package com.paylyt.model.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A fiat withdrawal and where it stands ({@code pending}, {@code completed} or {@code failed}). */
public record WithdrawalView(
        String withdrawalId,
        String status,
        BigDecimal amountFiat,
        String currency,
        String destination,
        Instant createdAt) {
}
