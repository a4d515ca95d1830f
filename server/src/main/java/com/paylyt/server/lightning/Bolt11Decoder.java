package com.paylyt.server.lightning;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Reads a BOLT 11 payment request and checks its signature by recovering the payee's public key, or by
 * verifying against the key in an {@code n} field when there is one. Unknown fields are skipped, as BOLT 11
 * requires; a {@code p} or {@code s} field of the wrong length is skipped too.
 *
 * <p>NOTE: a description hash ({@code h}) and route hints ({@code r}) are skipped, not returned.
 */
public final class Bolt11Decoder {

    private static final int HASH_WORDS = 52;
    private static final int PUBLIC_KEY_WORDS = 53;

    private Bolt11Decoder() {
    }

    /**
     * A decoded invoice with the key that signed it.
     *
     * @param payeePublicKey the signer's compressed public key as 66 hex digits, which is the payee's node id
     */
    public record SignedInvoice(Bolt11Invoice invoice, String payeePublicKey) {
    }

    /**
     * Decodes {@code paymentRequest}, in upper or lower case, with or without a {@code lightning:} prefix.
     *
     * @throws IllegalArgumentException when the string is not a BOLT 11 invoice or its signature is invalid
     */
    public static SignedInvoice decode(String paymentRequest) {
        String text = paymentRequest.strip();
        if (text.regionMatches(true, 0, "lightning:", 0, 10)) {
            text = text.substring(10);
        }
        Bech32.Decoded bech32 = Bech32.decode(text);
        int[] words = bech32.words();
        if (words.length < Bolt11Encoder.TIMESTAMP_WORDS + Bolt11Encoder.SIGNATURE_WORDS) {
            throw invalid("the data part is too short");
        }
        int signatureStart = words.length - Bolt11Encoder.SIGNATURE_WORDS;
        int[] signedWords = Arrays.copyOf(words, signatureStart);
        byte[] signature = Bech32.toBytes(Arrays.copyOfRange(words, signatureStart, words.length));

        Fields fields = readFields(signedWords);
        if (fields.paymentHash == null) {
            throw invalid("the payment hash (p) is missing");
        }
        byte[] hash = Bolt11Encoder.signingHash(bech32.hrp(), signedWords);
        String payee = checkSignature(hash, signature, fields.payee);
        return new SignedInvoice(toInvoice(bech32.hrp(), signedWords, fields), payee);
    }

    private static Bolt11Invoice toInvoice(String hrp, int[] signedWords, Fields fields) {
        if (!hrp.startsWith("ln")) {
            throw invalid("the prefix '" + hrp + "' does not start with ln");
        }
        int amountStart = 2;
        while (amountStart < hrp.length() && !Character.isDigit(hrp.charAt(amountStart))) {
            amountStart++;
        }
        Bolt11Invoice.Network network = Bolt11Invoice.Network.fromPrefix(hrp.substring(2, amountStart));
        if (network == null) {
            throw invalid("unknown currency prefix '" + hrp.substring(2, amountStart) + "'");
        }
        Long amountMsat = amountStart == hrp.length() ? null : Bolt11Amount.parse(hrp.substring(amountStart));
        Instant timestamp = Instant.ofEpochSecond(readNumber(signedWords, 0, Bolt11Encoder.TIMESTAMP_WORDS));
        return new Bolt11Invoice(network, amountMsat, timestamp, fields.paymentHash, fields.paymentSecret,
                fields.description, fields.expiry, fields.minFinalCltvExpiry, fields.featureBits);
    }

    private static String checkSignature(byte[] hash, byte[] signature, byte[] payee) {
        int recoveryId = signature[64];
        if (recoveryId < 0 || recoveryId > 3) {
            throw invalid("the signature recovery id " + recoveryId + " is not in 0..3");
        }
        byte[] compact = Arrays.copyOf(signature, 64);
        if (payee != null) {
            if (!Secp256k1.verify(hash, compact, payee)) {
                throw invalid("the signature does not match the payee key in the n field");
            }
            return HexFormat.of().formatHex(payee);
        }
        byte[] recovered = Secp256k1.recoverPublicKey(hash, compact, recoveryId);
        if (recovered == null) {
            throw invalid("no public key can be recovered from the signature");
        }
        return HexFormat.of().formatHex(recovered);
    }

    private static Fields readFields(int[] words) {
        Fields fields = new Fields();
        int position = Bolt11Encoder.TIMESTAMP_WORDS;
        while (position < words.length) {
            if (position + 3 > words.length) {
                throw invalid("a tagged field is cut off at word " + position);
            }
            int tag = words[position];
            int length = (int) readNumber(words, position + 1, 2);
            int start = position + 3;
            if (start + length > words.length) {
                throw invalid("the field with tag " + tag + " is longer than the data");
            }
            fields.read(tag, Arrays.copyOfRange(words, start, start + length));
            position = start + length;
        }
        return fields;
    }

    private static long readNumber(int[] words, int start, int count) {
        if (count > 12) {
            throw invalid("a number of " + count + " words does not fit in 64 bits");
        }
        long value = 0;
        for (int i = start; i < start + count; i++) {
            value = (value << 5) | words[i];
        }
        return value;
    }

    private static IllegalArgumentException invalid(String reason) {
        return new IllegalArgumentException("invalid BOLT 11 invoice: " + reason);
    }

    /** The tagged fields read so far; the first field of each kind wins. */
    private static final class Fields {
        byte[] paymentHash;
        byte[] paymentSecret;
        byte[] payee;
        String description;
        Duration expiry;
        Integer minFinalCltvExpiry;
        Set<Integer> featureBits = Set.of();

        void read(int tag, int[] data) {
            switch (tag) {
                case Bolt11Encoder.TAG_PAYMENT_HASH -> paymentHash = firstOfLength(paymentHash, data, HASH_WORDS);
                case Bolt11Encoder.TAG_PAYMENT_SECRET -> paymentSecret = firstOfLength(paymentSecret, data, HASH_WORDS);
                case Bolt11Encoder.TAG_PAYEE -> payee = firstOfLength(payee, data, PUBLIC_KEY_WORDS);
                case Bolt11Encoder.TAG_DESCRIPTION -> description = description != null ? description : utf8(data);
                case Bolt11Encoder.TAG_EXPIRY ->
                        expiry = expiry != null ? expiry : Duration.ofSeconds(readNumber(data, 0, data.length));
                case Bolt11Encoder.TAG_MIN_FINAL_CLTV_EXPIRY -> minFinalCltvExpiry = minFinalCltvExpiry != null
                        ? minFinalCltvExpiry : Math.toIntExact(readNumber(data, 0, data.length));
                case Bolt11Encoder.TAG_FEATURES -> featureBits = featureBits.isEmpty() ? features(data) : featureBits;
                default -> {
                    // BOLT 11 readers skip fields they do not know.
                }
            }
        }

        private static byte[] firstOfLength(byte[] current, int[] data, int expectedWords) {
            if (current != null || data.length != expectedWords) {
                return current;
            }
            return Bech32.toBytes(data);
        }

        private static String utf8(int[] data) {
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Bech32.toBytes(data))).toString();
            } catch (CharacterCodingException e) {
                throw invalid("the description is not valid UTF-8");
            }
        }

        private static Set<Integer> features(int[] data) {
            Set<Integer> bits = new HashSet<>();
            for (int i = 0; i < data.length; i++) {
                for (int bit = 0; bit < 5; bit++) {
                    if ((data[data.length - 1 - i] & (1 << bit)) != 0) {
                        bits.add(i * 5 + bit);
                    }
                }
            }
            return bits;
        }
    }
}
