package com.paylyt.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of bitcoin as a whole number of satoshis (1 BTC = 100,000,000 sats).
 *
 * <p>Amounts are never negative; debits and credits are expressed by the ledger, not by signed amounts.
 */
public record Satoshis(long value) implements Comparable<Satoshis> {

    public static final long SATS_PER_BTC = 100_000_000L;

    /** Total supply cap of bitcoin: 21,000,000 BTC. */
    public static final Satoshis MAX_SUPPLY = new Satoshis(21_000_000L * SATS_PER_BTC);

    public static final Satoshis ZERO = new Satoshis(0);

    public Satoshis {
        if (value < 0) {
            throw new InvalidAmountException("must not be negative");
        }
        if (value > 21_000_000L * SATS_PER_BTC) {
            throw new InvalidAmountException("must not exceed 21,000,000 BTC");
        }
    }

    public static Satoshis of(long value) {
        return new Satoshis(value);
    }

    /**
     * Converts a decimal bitcoin amount to satoshis exactly.
     *
     * @throws InvalidAmountException when the amount has more than 8 decimal places, is not positive
     *     or exceeds 21,000,000 BTC
     */
    public static Satoshis fromBtc(BigDecimal btc) {
        if (btc == null) {
            throw new InvalidAmountException("is required");
        }
        BigDecimal stripped = btc.stripTrailingZeros();
        if (stripped.scale() > 8) {
            throw new InvalidAmountException("must have at most 8 decimal places (1 satoshi = 0.00000001 BTC)");
        }
        if (stripped.signum() <= 0) {
            throw new InvalidAmountException("must be greater than zero");
        }
        if (stripped.compareTo(BigDecimal.valueOf(21_000_000L)) > 0) {
            throw new InvalidAmountException("must not exceed 21,000,000 BTC");
        }
        return new Satoshis(stripped.movePointRight(8).longValueExact());
    }

    /** Returns the amount in BTC with exactly 8 decimal places. */
    public BigDecimal toBtc() {
        return BigDecimal.valueOf(value, 8).setScale(8, RoundingMode.UNNECESSARY);
    }

    public Satoshis plus(Satoshis other) {
        return new Satoshis(Math.addExact(value, other.value));
    }

    public Satoshis minus(Satoshis other) {
        return new Satoshis(Math.subtractExact(value, other.value));
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean isLessThan(Satoshis other) {
        return value < other.value;
    }

    @Override
    public int compareTo(Satoshis other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + " sats";
    }
}
