package com.paylyt.desktop.wallet;

/** One line of the wallet's history, formatted for display. */
public record TransactionRow(String date, String type, String amount, String description) {
}
