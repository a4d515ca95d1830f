package com.paylyt.server.lightning;

import java.math.BigInteger;

/**
 * The amount in the human-readable part of a BOLT 11 invoice: a decimal number of bitcoin followed by an
 * optional multiplier, m (milli), u (micro), n (nano) or p (pico).
 */
final class Bolt11Amount {

    private static final long MSAT_PER_BTC = 100_000_000_000L;
    private static final char[] MULTIPLIERS = {'m', 'u', 'n'};
    private static final long[] MSAT_PER_UNIT = {100_000_000L, 100_000L, 100L};

    private Bolt11Amount() {
    }

    /**
     * Formats millisatoshis with the largest multiplier that keeps the number whole, which is the shortest form
     * BOLT 11 asks writers to use: 250,000,000 msat is {@code 2500u}, 1 msat is {@code 10p}.
     */
    static String format(long msat) {
        if (msat <= 0) {
            throw new IllegalArgumentException("the amount must be positive, got " + msat + " msat");
        }
        if (msat % MSAT_PER_BTC == 0) {
            return Long.toString(msat / MSAT_PER_BTC);
        }
        for (int i = 0; i < MULTIPLIERS.length; i++) {
            if (msat % MSAT_PER_UNIT[i] == 0) {
                return msat / MSAT_PER_UNIT[i] + String.valueOf(MULTIPLIERS[i]);
            }
        }
        return Math.multiplyExact(msat, 10L) + "p";
    }

    /**
     * Parses an amount such as {@code 2500u} into millisatoshis.
     *
     * @throws IllegalArgumentException when the amount is not a positive whole number without leading zeros,
     *     has an unknown multiplier, is a pico amount not ending in 0, or does not fit in a long
     */
    static long parse(String amount) {
        char last = amount.isEmpty() ? '0' : amount.charAt(amount.length() - 1);
        boolean hasMultiplier = Character.isLetter(last);
        String digits = hasMultiplier ? amount.substring(0, amount.length() - 1) : amount;
        if (!digits.matches("[1-9][0-9]*")) {
            throw new IllegalArgumentException("invalid invoice amount '" + amount + "'");
        }
        BigInteger number = new BigInteger(digits);
        BigInteger msat = switch (hasMultiplier ? last : ' ') {
            case ' ' -> number.multiply(BigInteger.valueOf(MSAT_PER_BTC));
            case 'm' -> number.multiply(BigInteger.valueOf(MSAT_PER_UNIT[0]));
            case 'u' -> number.multiply(BigInteger.valueOf(MSAT_PER_UNIT[1]));
            case 'n' -> number.multiply(BigInteger.valueOf(MSAT_PER_UNIT[2]));
            case 'p' -> picoToMsat(number, amount);
            default -> throw new IllegalArgumentException("unknown amount multiplier '" + last + "' in '" + amount + "'");
        };
        if (msat.bitLength() > 63) {
            throw new IllegalArgumentException("invoice amount '" + amount + "' is too large");
        }
        return msat.longValueExact();
    }

    private static BigInteger picoToMsat(BigInteger pico, String amount) {
        BigInteger[] quotientAndRemainder = pico.divideAndRemainder(BigInteger.TEN);
        if (quotientAndRemainder[1].signum() != 0) {
            throw new IllegalArgumentException("a pico amount must end in 0 (whole millisatoshis), got '" + amount + "'");
        }
        return quotientAndRemainder[0];
    }
}
