package com.paylyt.server.lightning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Bolt11DecoderTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void decodesCupOfCoffeeExample() {
        Bolt11Decoder.SignedInvoice decoded = Bolt11Decoder.decode(Bolt11Examples.invoices().get(0));

        Bolt11Invoice invoice = decoded.invoice();
        assertThat(invoice.network()).isEqualTo(Bolt11Invoice.Network.MAINNET);
        assertThat(invoice.amountMsat()).isEqualTo(250_000_000L);
        assertThat(invoice.timestamp()).isEqualTo(Instant.ofEpochSecond(Bolt11Examples.TIMESTAMP));
        assertThat(invoice.paymentHash()).isEqualTo(Bolt11Examples.PAYMENT_HASH);
        assertThat(invoice.description()).isEqualTo("1 cup coffee");
        assertThat(invoice.expiry()).isEqualTo(Duration.ofSeconds(60));
        assertThat(invoice.paymentSecret()).isNull();
        assertThat(decoded.payeePublicKey()).isEqualTo(Bolt11Examples.PUBLIC_KEY);
    }

    @Test
    void decodesFeatureBitsExample() {
        Bolt11Invoice invoice = Bolt11Decoder.decode(Bolt11Examples.invoices().get(2)).invoice();

        assertThat(invoice.featureBits()).containsExactlyInAnyOrder(9, 15, 99);
        assertThat(invoice.paymentSecret()).containsOnly(0x11);
        assertThat(invoice.amountMsat()).isEqualTo(2_500_000_000L);
    }

    @Test
    void roundTripKeepsEveryField() {
        NodeKey key = NodeKey.fromPrivateKey(randomBytes());
        Bolt11Invoice original = new Bolt11Invoice(Bolt11Invoice.Network.REGTEST, 123_456_000L,
                Instant.ofEpochSecond(1_760_000_000L), randomBytes(), randomBytes(), "Logo design, milestone 2",
                Duration.ofHours(24), 40, Set.of(8, 14, 17));

        String encoded = new Bolt11Encoder(key).encode(original);
        Bolt11Decoder.SignedInvoice decoded = Bolt11Decoder.decode(encoded);

        assertThat(encoded).startsWith("lnbcrt1234560n1");
        assertThat(decoded.invoice()).isEqualTo(original);
        assertThat(decoded.payeePublicKey()).isEqualTo(key.publicKeyHex());
    }

    @Test
    void roundTripOfManyRandomKeysRecoversEachKey() {
        for (int i = 0; i < 50; i++) {
            NodeKey key = NodeKey.fromPrivateKey(randomBytes());
            long msat = 1 + RANDOM.nextInt(1_000_000_000);
            Bolt11Invoice original = new Bolt11Invoice(Bolt11Invoice.Network.TESTNET, msat,
                    Instant.ofEpochSecond(1_700_000_000L + i), randomBytes(), null, "n" + i, null, null, Set.of());

            Bolt11Decoder.SignedInvoice decoded = Bolt11Decoder.decode(new Bolt11Encoder(key).encode(original));

            assertThat(decoded.payeePublicKey()).as("key %d", i).isEqualTo(key.publicKeyHex());
            assertThat(decoded.invoice().amountMsat()).as("amount %d", i).isEqualTo(msat);
        }
    }

    @Test
    void decoderAcceptsUpperCaseAndLightningPrefix() {
        String example = Bolt11Examples.invoices().get(0);

        Bolt11Decoder.SignedInvoice decoded =
                Bolt11Decoder.decode("LIGHTNING:" + example.toUpperCase(Locale.ROOT));

        assertThat(decoded.invoice().description()).isEqualTo("1 cup coffee");
    }

    @Test
    void changedAmountRecoversDifferentPayee() {
        NodeKey key = NodeKey.fromPrivateKey(randomBytes());
        Bolt11Invoice honest = new Bolt11Invoice(Bolt11Invoice.Network.REGTEST, 1_000_000L,
                Instant.ofEpochSecond(1_760_000_000L), randomBytes(), randomBytes(), "pay me", null, null, Set.of());
        Bech32.Decoded signed = Bech32.decode(new Bolt11Encoder(key).encode(honest));

        String cheaper = Bech32.encode("lnbcrt1u", signed.words());
        Bolt11Decoder.SignedInvoice decoded = Bolt11Decoder.decode(cheaper);

        assertThat(decoded.payeePublicKey()).isNotEqualTo(key.publicKeyHex());
    }

    @Test
    void decoderRejectsBrokenChecksum() {
        String example = Bolt11Examples.invoices().get(0);
        String broken = example.substring(0, example.length() - 1) + (example.endsWith("q") ? "p" : "q");

        assertThatThrownBy(() -> Bolt11Decoder.decode(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("checksum");
    }

    @Test
    void decoderRejectsUnknownCurrency() {
        Bech32.Decoded signed = Bech32.decode(Bolt11Examples.invoices().get(0));

        String litecoin = Bech32.encode("lnltc2500u", signed.words());

        assertThatThrownBy(() -> Bolt11Decoder.decode(litecoin))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown currency prefix 'ltc'");
    }

    @Test
    void decoderRejectsMixedCase() {
        String example = Bolt11Examples.invoices().get(0);

        assertThatThrownBy(() -> Bolt11Decoder.decode("LN" + example.substring(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mixes upper and lower case");
    }

    @Test
    void bech32RoundTripsBytesThroughWords() {
        byte[] bytes = "any bytes at all".getBytes(StandardCharsets.UTF_8);

        assertThat(Bech32.toBytes(Bech32.toWords(bytes))).isEqualTo(bytes);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
