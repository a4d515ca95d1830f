package com.paylyt.model.api;

import java.math.BigDecimal;
import java.util.List;

/** A user's balances: bitcoin in sats and BTC, and each fiat currency held. */
public record WalletBalances(long sats, BigDecimal btc, List<FiatBalance> fiat) {
}
