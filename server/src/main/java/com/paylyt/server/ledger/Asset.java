package com.paylyt.server.ledger;

import java.util.Currency;

/** What a ledger amount counts: satoshis, or the minor unit of a fiat currency. */
public final class Asset {

    /** Bitcoin, counted in satoshis. */
    public static final String SATS = "SAT";

    private Asset() {
    }

    public static String fiat(Currency currency) {
        return currency.getCurrencyCode();
    }
}
