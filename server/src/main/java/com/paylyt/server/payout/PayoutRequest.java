package com.paylyt.server.payout;

import com.paylyt.model.money.FiatMoney;

/**
 * A fiat withdrawal to send.
 *
 * @param payoutId PayLyt's withdrawal id, sent to providers as the idempotency reference
 * @param destination where the money goes (a bank account or mobile-money reference), as the user gave it
 */
public record PayoutRequest(String payoutId, FiatMoney amount, String destination) {
}
