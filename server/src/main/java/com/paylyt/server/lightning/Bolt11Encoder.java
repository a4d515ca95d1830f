package com.paylyt.server.lightning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;

/**
 * Writes and signs BOLT 11 payment requests.
 *
 * <p>Fields are written in the order p, d, s, x, c, 9, which reproduces the examples of BOLT 11 byte for byte.
 * Bech32 is not limited to 90 characters here, as BOLT 11 requires.
 */
public final class Bolt11Encoder {

    static final int TAG_PAYMENT_HASH = 1;
    static final int TAG_DESCRIPTION = 13;
    static final int TAG_PAYMENT_SECRET = 16;
    static final int TAG_EXPIRY = 6;
    static final int TAG_MIN_FINAL_CLTV_EXPIRY = 24;
    static final int TAG_FEATURES = 5;
    static final int TAG_PAYEE = 19;
    static final int TIMESTAMP_WORDS = 7;
    static final int SIGNATURE_WORDS = 104;
    private static final int MAX_FIELD_WORDS = 1023;

    private final NodeKey nodeKey;

    public Bolt11Encoder(NodeKey nodeKey) {
        this.nodeKey = nodeKey;
    }

    /** Encodes {@code invoice} and signs it with the node key, returning the lower-case payment request. */
    public String encode(Bolt11Invoice invoice) {
        String hrp = humanReadablePart(invoice);
        WordWriter data = new WordWriter();
        data.writeNumber(invoice.timestamp().getEpochSecond(), TIMESTAMP_WORDS);
        writeTaggedFields(invoice, data);

        int[] unsigned = data.toArray();
        Secp256k1.RecoverableSignature signature = nodeKey.sign(signingHash(hrp, unsigned));
        byte[] signatureBytes = Arrays.copyOf(signature.compact(), 65);
        signatureBytes[64] = (byte) signature.recoveryId();
        data.write(Bech32.toWords(signatureBytes));
        return Bech32.encode(hrp, data.toArray());
    }

    /** Returns the SHA-256 that BOLT 11 signs: the hrp as UTF-8 followed by the data words padded to whole bytes. */
    static byte[] signingHash(String hrp, int[] dataWords) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(hrp.getBytes(StandardCharsets.UTF_8));
            return sha256.digest(Bech32.toBytesPadded(dataWords));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static String humanReadablePart(Bolt11Invoice invoice) {
        String amount = invoice.amountMsat() == null ? "" : Bolt11Amount.format(invoice.amountMsat());
        return "ln" + invoice.network().prefix() + amount;
    }

    private static void writeTaggedFields(Bolt11Invoice invoice, WordWriter data) {
        writeField(data, TAG_PAYMENT_HASH, Bech32.toWords(invoice.paymentHash()));
        if (invoice.description() != null) {
            writeField(data, TAG_DESCRIPTION, Bech32.toWords(invoice.description().getBytes(StandardCharsets.UTF_8)));
        }
        if (invoice.paymentSecret() != null) {
            writeField(data, TAG_PAYMENT_SECRET, Bech32.toWords(invoice.paymentSecret()));
        }
        if (invoice.expiry() != null) {
            writeField(data, TAG_EXPIRY, minimalWords(invoice.expiry().toSeconds()));
        }
        if (invoice.minFinalCltvExpiry() != null) {
            writeField(data, TAG_MIN_FINAL_CLTV_EXPIRY, minimalWords(invoice.minFinalCltvExpiry()));
        }
        if (!invoice.featureBits().isEmpty()) {
            writeField(data, TAG_FEATURES, featureWords(invoice));
        }
    }

    private static void writeField(WordWriter data, int tag, int[] words) {
        if (words.length > MAX_FIELD_WORDS) {
            throw new IllegalArgumentException("a BOLT 11 field contains at most " + MAX_FIELD_WORDS
                    + " words (639 bytes), tag " + tag + " needs " + words.length);
        }
        data.write(new int[] {tag});
        data.writeNumber(words.length, 2);
        data.write(words);
    }

    /** Returns {@code value} big-endian in as few 5-bit words as it needs; zero needs none. */
    private static int[] minimalWords(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a BOLT 11 number must not be negative, got " + value);
        }
        int count = (64 - Long.numberOfLeadingZeros(value) + 4) / 5;
        WordWriter words = new WordWriter();
        words.writeNumber(value, count);
        return words.toArray();
    }

    /** Returns the feature bit field, big-endian, so that bit 0 is the lowest bit of the last word. */
    private static int[] featureWords(Bolt11Invoice invoice) {
        int highestBit = Collections.max(invoice.featureBits());
        if (Collections.min(invoice.featureBits()) < 0) {
            throw new IllegalArgumentException("feature bits must not be negative");
        }
        int[] words = new int[highestBit / 5 + 1];
        for (int bit : invoice.featureBits()) {
            words[words.length - 1 - bit / 5] |= 1 << (bit % 5);
        }
        return words;
    }

    /** A growing array of 5-bit words. */
    private static final class WordWriter {
        private int[] words = new int[256];
        private int size;

        void write(int[] more) {
            if (size + more.length > words.length) {
                words = Arrays.copyOf(words, Math.max(words.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, words, size, more.length);
            size += more.length;
        }

        void writeNumber(long value, int wordCount) {
            if (wordCount < 13 && value >>> (5 * wordCount) != 0) {
                throw new IllegalArgumentException(value + " does not fit in " + wordCount + " words");
            }
            int[] number = new int[wordCount];
            for (int i = 0; i < wordCount; i++) {
                number[i] = (int) (value >>> (5 * (wordCount - 1 - i))) & 31;
            }
            write(number);
        }

        int[] toArray() {
            return Arrays.copyOf(words, size);
        }
    }
}
