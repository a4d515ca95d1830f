package com.paylyt.model.api;

import java.math.BigDecimal;

/** Body of {@code POST /api/wallet/withdraw}; {@code currency} defaults to USD. */
public record WithdrawRequest(BigDecimal amountFiat, String currency, String destination) {
}
