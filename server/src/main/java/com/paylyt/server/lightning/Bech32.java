package com.paylyt.server.lightning;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Bech32 as defined by BIP 173, without its 90-character limit because BOLT 11 invoices are longer.
 *
 * <p>Data is handled as 5-bit words, one per {@code int}. {@link #toWords} and {@link #toBytes} regroup
 * bytes into words and back.
 */
public final class Bech32 {

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final int CHECKSUM_LENGTH = 6;

    private Bech32() {
    }

    /** A decoded Bech32 string: the human-readable part in lower case and the data words without the checksum. */
    public record Decoded(String hrp, int[] words) {
        public Decoded {
            words = words.clone();
        }

        @Override
        public int[] words() {
            return words.clone();
        }
    }

    /** Encodes {@code hrp} and 5-bit {@code words} as a lower-case Bech32 string with its checksum. */
    public static String encode(String hrp, int[] words) {
        for (int word : words) {
            if (word < 0 || word > 31) {
                throw new IllegalArgumentException("a Bech32 word must be in 0..31, got " + word);
            }
        }
        int[] checksum = checksum(hrp, words);
        StringBuilder text = new StringBuilder(hrp.length() + 1 + words.length + CHECKSUM_LENGTH);
        text.append(hrp).append('1');
        for (int word : words) {
            text.append(CHARSET.charAt(word));
        }
        for (int word : checksum) {
            text.append(CHARSET.charAt(word));
        }
        return text.toString();
    }

    /**
     * Decodes a Bech32 string of any length.
     *
     * @throws IllegalArgumentException when the string mixes cases, has no separator, contains a character
     *     outside the Bech32 alphabet or fails its checksum
     */
    public static Decoded decode(String text) {
        if (!text.equals(text.toLowerCase(Locale.ROOT)) && !text.equals(text.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Bech32 string mixes upper and lower case");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int separator = lower.lastIndexOf('1');
        if (separator < 1 || lower.length() - separator - 1 < CHECKSUM_LENGTH) {
            throw new IllegalArgumentException("Bech32 string has no human-readable part or is too short");
        }
        String hrp = lower.substring(0, separator);
        int[] all = new int[lower.length() - separator - 1];
        for (int i = 0; i < all.length; i++) {
            int word = CHARSET.indexOf(lower.charAt(separator + 1 + i));
            if (word < 0) {
                throw new IllegalArgumentException(
                        "invalid Bech32 character '" + lower.charAt(separator + 1 + i) + "' at " + (separator + 1 + i));
            }
            all[i] = word;
        }
        if (polymod(expandHrp(hrp), all) != 1) {
            throw new IllegalArgumentException("invalid Bech32 checksum");
        }
        return new Decoded(hrp, Arrays.copyOf(all, all.length - CHECKSUM_LENGTH));
    }

    /** Regroups bytes into 5-bit words, padding the last word with zero bits. */
    public static int[] toWords(byte[] bytes) {
        int[] words = new int[(bytes.length * 8 + 4) / 5];
        int accumulator = 0;
        int bits = 0;
        int index = 0;
        for (byte b : bytes) {
            accumulator = (accumulator << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                words[index++] = (accumulator >>> bits) & 31;
            }
        }
        if (bits > 0) {
            words[index] = (accumulator << (5 - bits)) & 31;
        }
        return words;
    }

    /** Regroups 5-bit words into bytes, dropping the incomplete last byte (the padding bits) if any. */
    public static byte[] toBytes(int[] words) {
        return regroup(words, false);
    }

    /** Regroups 5-bit words into bytes, filling an incomplete last byte with zero bits as BOLT 11 signing does. */
    public static byte[] toBytesPadded(int[] words) {
        return regroup(words, true);
    }

    private static byte[] regroup(int[] words, boolean padLastByte) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(words.length * 5 / 8 + 1);
        int accumulator = 0;
        int bits = 0;
        for (int word : words) {
            accumulator = (accumulator << 5) | word;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                bytes.write((accumulator >>> bits) & 0xff);
            }
        }
        if (padLastByte && bits > 0) {
            bytes.write((accumulator << (8 - bits)) & 0xff);
        }
        return bytes.toByteArray();
    }

    private static int[] checksum(String hrp, int[] words) {
        int[] hrpWords = expandHrp(hrp);
        int[] padded = Arrays.copyOf(words, words.length + CHECKSUM_LENGTH);
        int modulus = polymod(hrpWords, padded) ^ 1;
        int[] checksum = new int[CHECKSUM_LENGTH];
        for (int i = 0; i < CHECKSUM_LENGTH; i++) {
            checksum[i] = (modulus >>> (5 * (5 - i))) & 31;
        }
        return checksum;
    }

    private static int[] expandHrp(String hrp) {
        int length = hrp.length();
        int[] expanded = new int[length * 2 + 1];
        for (int i = 0; i < length; i++) {
            expanded[i] = hrp.charAt(i) >>> 5;
            expanded[length + 1 + i] = hrp.charAt(i) & 31;
        }
        return expanded;
    }

    private static int polymod(int[] hrpWords, int[] words) {
        int checksum = 1;
        for (int[] part : new int[][] {hrpWords, words}) {
            for (int word : part) {
                int top = checksum >>> 25;
                checksum = ((checksum & 0x1ffffff) << 5) ^ word;
                for (int i = 0; i < 5; i++) {
                    if (((top >>> i) & 1) != 0) {
                        checksum ^= GENERATOR[i];
                    }
                }
            }
        }
        return checksum;
    }
}
