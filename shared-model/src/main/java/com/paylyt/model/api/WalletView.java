package com.paylyt.model.api;

import java.util.List;

/** Response of {@code GET /api/wallet}: balances and transactions, newest first. */
public record WalletView(WalletBalances balances, List<WalletTransaction> transactions) {
}
