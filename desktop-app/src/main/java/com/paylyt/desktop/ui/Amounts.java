package com.paylyt.desktop.ui;

import com.paylyt.model.money.InvalidAmountException;
import com.paylyt.model.money.Satoshis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** Formats and parses the amounts shown in the app; grouping follows US English for every locale for now. */
public final class Amounts {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    private Amounts() {
    }

    /** Formats whole sats, such as {@code 150,000 sats}. */
    public static String sats(long sats) {
        return new DecimalFormat("#,##0", SYMBOLS).format(sats) + " sats";
    }

    /** Formats BTC with all 8 decimal places, such as {@code 0.00150000 BTC}. */
    public static String btc(BigDecimal btc) {
        return btc.setScale(8, RoundingMode.HALF_EVEN).toPlainString() + " BTC";
    }

    public static String btcOfSats(long sats) {
        return btc(Satoshis.of(sats).toBtc());
    }

    /** Formats sats and BTC together, such as {@code 150,000 sats · 0.00150000 BTC}. */
    public static String satsAndBtc(long sats) {
        return sats(sats) + " · " + btcOfSats(sats);
    }

    /** Formats a fiat amount with its currency's minor unit, such as {@code 1,250.50 USD}. */
    public static String fiat(BigDecimal amount, String currency) {
        int digits = fractionDigits(currency);
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount) + " " + currency;
    }

    /** Parses a decimal typed by a person; empty for blank or malformed text. Commas as grouping are dropped. */
    public static Optional<BigDecimal> parseDecimal(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.trim().replace(",", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Parses a BTC amount into sats; empty when it is not a valid amount of bitcoin. */
    public static Optional<Satoshis> parseBtc(String text) {
        try {
            return parseDecimal(text).map(Satoshis::fromBtc);
        } catch (InvalidAmountException e) {
            return Optional.empty();
        }
    }

    private static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }
}
