package com.paylyt.server.rates;

/** The rate source has no rate for the requested currency. */
public class UnsupportedCurrencyException extends RuntimeException {

    public UnsupportedCurrencyException(String currencyCode) {
        super("no exchange rate for " + currencyCode);
    }
}
