package com.paylyt.server.lightning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/** The examples of BOLT 11, read from {@code bolt11-examples.txt} in the test resources. */
final class Bolt11Examples {

    static final byte[] PRIVATE_KEY =
            HexFormat.of().parseHex("e126f68f7eafcc8b74f54d269fe206be715000f94dac067d1c04a8ca3b2db734");
    static final String PUBLIC_KEY = "03e7156ae33b0a208d0744199163177e909e80176e55d97a2f221ede0f934dd9ad";
    static final long TIMESTAMP = 1496314658L;
    static final byte[] PAYMENT_HASH =
            HexFormat.of().parseHex("0001020304050607080900010203040506070809000102030405060708090102");

    private Bolt11Examples() {
    }

    /** Returns the invoices of the examples, in the order of the file. */
    static List<String> invoices() {
        try (InputStream in = Bolt11Examples.class.getResourceAsStream("bolt11-examples.txt")) {
            if (in == null) {
                throw new IllegalStateException("bolt11-examples.txt is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("ln"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
