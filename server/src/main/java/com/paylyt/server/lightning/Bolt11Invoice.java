package com.paylyt.server.lightning;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a BOLT 11 payment request that PayLyt writes and reads, before signing.
 *
 * @param amountMsat the amount in millisatoshis, or null for an invoice that lets the payer choose
 * @param timestamp the creation time, in whole seconds since the epoch
 * @param paymentHash the 32-byte SHA-256 of the payment preimage (tag {@code p})
 * @param paymentSecret the 32-byte payment secret (tag {@code s}), or null for legacy invoices without one
 * @param description the UTF-8 description shown by the payer's wallet (tag {@code d}), or null
 * @param expiry how long after {@code timestamp} the invoice may be paid (tag {@code x}), or null for the
 *     BOLT 11 default of 3600 seconds
 * @param minFinalCltvExpiry the {@code min_final_cltv_expiry_delta} in blocks (tag {@code c}), or null for the
 *     BOLT 11 default of 18
 * @param featureBits the numbers of the feature bits that are set (tag {@code 9}); empty writes no tag
 */
public record Bolt11Invoice(
        Network network,
        Long amountMsat,
        Instant timestamp,
        byte[] paymentHash,
        byte[] paymentSecret,
        String description,
        Duration expiry,
        Integer minFinalCltvExpiry,
        Set<Integer> featureBits) {

    /** The expiry that BOLT 11 assumes when an invoice has no {@code x} field. */
    public static final Duration DEFAULT_EXPIRY = Duration.ofSeconds(3600);

    /** The {@code min_final_cltv_expiry_delta} that BOLT 11 assumes when an invoice has no {@code c} field. */
    public static final int DEFAULT_MIN_FINAL_CLTV_EXPIRY = 18;

    /** The Bitcoin network of an invoice, written after {@code ln} in the human-readable part. */
    public enum Network {
        MAINNET("bc"),
        TESTNET("tb"),
        SIGNET("tbs"),
        REGTEST("bcrt");

        private final String prefix;

        Network(String prefix) {
            this.prefix = prefix;
        }

        /** Returns the BIP 173 currency prefix, such as {@code bcrt} for regtest. */
        public String prefix() {
            return prefix;
        }

        /** Returns the network with this prefix, or null when BOLT 11 defines none. */
        public static Network fromPrefix(String prefix) {
            for (Network network : values()) {
                if (network.prefix.equals(prefix)) {
                    return network;
                }
            }
            return null;
        }
    }

    public Bolt11Invoice {
        Objects.requireNonNull(network, "network");
        timestamp = Objects.requireNonNull(timestamp, "timestamp").truncatedTo(ChronoUnit.SECONDS);
        if (amountMsat != null && amountMsat <= 0) {
            throw new IllegalArgumentException("the amount must be positive, got " + amountMsat + " msat");
        }
        paymentHash = requireLength(paymentHash, "payment hash");
        paymentSecret = paymentSecret == null ? null : requireLength(paymentSecret, "payment secret");
        featureBits = Set.copyOf(featureBits);
    }

    @Override
    public byte[] paymentHash() {
        return paymentHash.clone();
    }

    @Override
    public byte[] paymentSecret() {
        return paymentSecret == null ? null : paymentSecret.clone();
    }

    /** Returns the instant after which the invoice can no longer be paid, applying the default expiry. */
    public Instant expiresAt() {
        return timestamp.plus(expiry == null ? DEFAULT_EXPIRY : expiry);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bolt11Invoice that
                && network == that.network
                && Objects.equals(amountMsat, that.amountMsat)
                && timestamp.equals(that.timestamp)
                && Arrays.equals(paymentHash, that.paymentHash)
                && Arrays.equals(paymentSecret, that.paymentSecret)
                && Objects.equals(description, that.description)
                && Objects.equals(expiry, that.expiry)
                && Objects.equals(minFinalCltvExpiry, that.minFinalCltvExpiry)
                && featureBits.equals(that.featureBits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(network, amountMsat, timestamp, Arrays.hashCode(paymentHash), description);
    }

    @Override
    public String toString() {
        return "Bolt11Invoice[" + network + ", " + amountMsat + " msat, " + timestamp + ", expiry " + expiry + "]";
    }

    private static byte[] requireLength(byte[] value, String name) {
        Objects.requireNonNull(value, name);
        if (value.length != 32) {
            throw new IllegalArgumentException("the " + name + " must be 32 bytes, got " + value.length);
        }
        return value.clone();
    }
}
