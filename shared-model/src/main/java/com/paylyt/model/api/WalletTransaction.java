package com.paylyt.model.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement of a user's money.
 *
 * @param type {@code release}, {@code refund}, {@code conversion} or {@code withdrawal}
 * @param amount signed: positive for money in, negative for money out
 * @param asset {@code BTC} (amount in BTC, with {@code amountSats} set) or a fiat currency code
 */
public record WalletTransaction(
        String id,
        String type,
        String asset,
        BigDecimal amount,
        Long amountSats,
        String reference,
        String description,
        Instant createdAt) {
}
