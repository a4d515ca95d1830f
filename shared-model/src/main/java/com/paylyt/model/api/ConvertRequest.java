package com.paylyt.model.api;

import java.math.BigDecimal;

/** Body of {@code POST /api/wallet/convert}: sell {@code amountBtc} for {@code targetCurrency}. */
public record ConvertRequest(BigDecimal amountBtc, String targetCurrency) {
}
