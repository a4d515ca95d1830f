package com.paylyt.server.lightning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class Bolt11EncoderTest {

    private final Bolt11Encoder encoder = new Bolt11Encoder(NodeKey.fromPrivateKey(Bolt11Examples.PRIVATE_KEY));
    private final List<String> examples = Bolt11Examples.invoices();

    @Test
    void examplesFileHasThreeInvoices() {
        assertThat(examples).hasSize(3);
    }

    @Test
    void encodesCupOfCoffeeExampleExactly() {
        Bolt11Invoice invoice = example(250_000_000L, null, "1 cup coffee", Duration.ofSeconds(60), Set.of());

        assertThat(encoder.encode(invoice)).isEqualTo(examples.get(0));
    }

    @Test
    void encodesUtf8DescriptionExampleExactly() {
        Bolt11Invoice invoice = example(250_000_000L, null, "ナンセンス 1杯", Duration.ofSeconds(60), Set.of());

        assertThat(encoder.encode(invoice)).isEqualTo(examples.get(1));
    }

    @Test
    void encodesPaymentSecretAndFeaturesExampleExactly() {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) 0x11);
        Bolt11Invoice invoice = example(2_500_000_000L, secret, "coffee beans", null, Set.of(9, 15, 99));

        assertThat(encoder.encode(invoice)).isEqualTo(examples.get(2));
    }

    @ParameterizedTest
    @MethodSource("com.paylyt.server.lightning.Bolt11Examples#invoices")
    void reencodingDecodedExampleGivesSameString(String example) {
        Bolt11Decoder.SignedInvoice decoded = Bolt11Decoder.decode(example);

        assertThat(decoded.payeePublicKey()).isEqualTo(Bolt11Examples.PUBLIC_KEY);
        assertThat(encoder.encode(decoded.invoice())).isEqualTo(example);
    }

    @Test
    void encodingIsDeterministic() {
        Bolt11Invoice invoice = example(1_000L, null, "same", Duration.ofSeconds(60), Set.of());

        assertThat(encoder.encode(invoice)).isEqualTo(encoder.encode(invoice));
    }

    @ParameterizedTest
    @CsvSource({
        "250000000, 2500u",
        "2500000000, 25m",
        "100000000000, 1",
        "2100000000000000000, 21000000",
        "150000000000, 1500m",
        "1000, 10n",
        "100, 1n",
        "1, 10p",
        "123, 1230p",
        "21000, 210n",
        "100000, 1u",
    })
    void amountUsesLargestWholeMultiplier(long msat, String expected) {
        assertThat(Bolt11Amount.format(msat)).isEqualTo(expected);
        assertThat(Bolt11Amount.parse(expected)).isEqualTo(msat);
    }

    @ParameterizedTest
    @CsvSource({"0", "01u", "1x", "15p", "u", "''", "-5m", "99999999999999999999"})
    void amountParserRejectsInvalidAmounts(String amount) {
        assertThatThrownBy(() -> Bolt11Amount.parse(amount)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encoderRejectsDescriptionLongerThanOneField() {
        Bolt11Invoice invoice = example(1_000L, null, "x".repeat(640), null, Set.of());

        assertThatThrownBy(() -> encoder.encode(invoice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 1023 words");
    }

    @Test
    void invoiceRejectsZeroAmount() {
        assertThatThrownBy(() -> example(0L, null, "free", null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
    }

    private static Bolt11Invoice example(
            long msat, byte[] secret, String description, Duration expiry, Set<Integer> features) {
        return new Bolt11Invoice(Bolt11Invoice.Network.MAINNET, msat, Instant.ofEpochSecond(Bolt11Examples.TIMESTAMP),
                Bolt11Examples.PAYMENT_HASH, secret, description, expiry, null, features);
    }
}
