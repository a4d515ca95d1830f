package com.paylyt.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount of a fiat currency, stored as a whole number of the currency's minor unit
 * (cents for USD, kobo for NGN, yen for JPY).
 */
public record FiatMoney(long minorUnits, Currency currency) {

    public FiatMoney {
        if (currency == null) {
            throw new InvalidAmountException("currency is required");
        }
        if (minorUnits < 0) {
            throw new InvalidAmountException("must not be negative");
        }
    }

    /** Rounds a decimal amount half-even to the currency's minor unit. */
    public static FiatMoney of(BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new InvalidAmountException("is required");
        }
        BigDecimal rounded = amount.setScale(fractionDigits(currency), RoundingMode.HALF_EVEN);
        return new FiatMoney(rounded.unscaledValue().longValueExact(), currency);
    }

    /**
     * Parses an ISO 4217 currency code such as {@code USD}.
     *
     * @throws InvalidAmountException for anything that is not a known three-letter code
     */
    public static Currency currency(String code) {
        if (code == null || !code.matches("[A-Za-z]{3}")) {
            throw new InvalidAmountException("must be a three-letter ISO 4217 currency code such as USD");
        }
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidAmountException("'" + code + "' is not an ISO 4217 currency code");
        }
    }

    /** Returns the validation message for an amount with more decimals than {@code currency} has. */
    public static String tooManyDecimalsMessage(Currency currency) {
        int digits = fractionDigits(currency);
        return digits == 0
                ? "must be a whole number of " + currency.getCurrencyCode()
                : "must have at most " + digits + " decimal places for " + currency.getCurrencyCode();
    }

    /** Returns the amount as a decimal with the currency's number of fraction digits. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, fractionDigits(currency));
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    private static int fractionDigits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }
}
