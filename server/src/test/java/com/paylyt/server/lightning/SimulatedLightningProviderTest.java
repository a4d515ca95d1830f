package com.paylyt.server.lightning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.money.Satoshis;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SimulatedLightningProviderTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final NodeKey nodeKey = NodeKey.fromPrivateKey(Bolt11Examples.PRIVATE_KEY);
    private final MutableClock clock = new MutableClock(START);
    private final SimulatedLightningProvider provider = new SimulatedLightningProvider(nodeKey, clock);

    @Test
    void nameIsSimulated() {
        assertThat(provider.name()).isEqualTo("simulated");
    }

    @Test
    void createdInvoiceIsSignedRegtestInvoiceForRequest() {
        CreatedInvoice created = provider.createInvoice(request("inv-1", 2_500, Duration.ofMinutes(15)));

        Bolt11Decoder.SignedInvoice decoded = Bolt11Decoder.decode(created.paymentRequest());
        Bolt11Invoice invoice = decoded.invoice();
        assertThat(created.paymentRequest()).startsWith("lnbcrt25u1");
        assertThat(decoded.payeePublicKey()).isEqualTo(nodeKey.publicKeyHex());
        assertThat(invoice.network()).isEqualTo(Bolt11Invoice.Network.REGTEST);
        assertThat(invoice.amountMsat()).isEqualTo(2_500_000L);
        assertThat(invoice.description()).isEqualTo("Milestone inv-1");
        assertThat(invoice.expiry()).isEqualTo(Duration.ofMinutes(15));
        assertThat(invoice.timestamp()).isEqualTo(START);
        assertThat(invoice.minFinalCltvExpiry()).isEqualTo(18);
        assertThat(invoice.featureBits()).containsExactlyInAnyOrder(8, 14);
        assertThat(invoice.paymentSecret()).hasSize(32);
        assertThat(HexFormat.of().formatHex(invoice.paymentHash())).isEqualTo(created.paymentHash());
        assertThat(created.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void eachInvoiceGetsFreshPaymentHashAndSecret() {
        Bolt11Invoice first = decode(provider.createInvoice(request("inv-1", 1_000, Duration.ofMinutes(5))));
        Bolt11Invoice second = decode(provider.createInvoice(request("inv-2", 1_000, Duration.ofMinutes(5))));

        assertThat(first.paymentHash()).isNotEqualTo(second.paymentHash());
        assertThat(first.paymentSecret()).isNotEqualTo(second.paymentSecret());
        assertThat(first.paymentSecret()).isNotEqualTo(first.paymentHash());
    }

    @Test
    void repeatedRequestReturnsSameInvoice() {
        CreatedInvoice first = provider.createInvoice(request("inv-1", 1_000, Duration.ofMinutes(5)));
        CreatedInvoice again = provider.createInvoice(request("inv-1", 1_000, Duration.ofMinutes(5)));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void sameIdWithOtherAmountIsRejected() {
        provider.createInvoice(request("inv-1", 1_000, Duration.ofMinutes(5)));

        assertThatThrownBy(() -> provider.createInvoice(request("inv-1", 2_000, Duration.ofMinutes(5))))
                .isInstanceOf(LightningException.class)
                .hasMessageContaining("different amount");
    }

    @Test
    void sameIdAfterExpiryGetsNewInvoice() {
        CreatedInvoice first = provider.createInvoice(request("inv-1", 1_000, Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(6));

        CreatedInvoice second = provider.createInvoice(request("inv-1", 1_000, Duration.ofMinutes(5)));

        assertThat(second.paymentHash()).isNotEqualTo(first.paymentHash());
        assertThat(provider.lookupInvoice("inv-1").orElseThrow().status()).isEqualTo(InvoiceStatus.PENDING);
    }

    @Test
    void zeroAmountIsRejected() {
        assertThatThrownBy(() -> provider.createInvoice(request("inv-1", 0, Duration.ofMinutes(5))))
                .isInstanceOf(LightningException.class)
                .hasMessageContaining("at least 1 sat");
    }

    @Test
    void subSecondExpiryIsRejected() {
        assertThatThrownBy(() -> provider.createInvoice(request("inv-1", 1, Duration.ofMillis(500))))
                .isInstanceOf(LightningException.class)
                .hasMessageContaining("at least 1 second");
    }

    @Test
    void lookupOfNewInvoiceIsPending() {
        provider.createInvoice(request("inv-1", 1_000, Duration.ofMinutes(5)));

        InvoiceState state = provider.lookupInvoice("inv-1").orElseThrow();

        assertThat(state.status()).isEqualTo(InvoiceStatus.PENDING);
        assertThat(state.receivedAmount()).isEqualTo(Satoshis.ZERO);
        assertThat(state.invoiceId()).isEqualTo("inv-1");
    }

    @Test
    void lookupAfterPaymentIsPaidWithReceivedAmount() {
        provider.createInvoice(request("inv-1", 1_000, Duration.ofMinutes(5)));

        provider.markPaid("inv-1", Satoshis.of(900));
        InvoiceState state = provider.lookupInvoice("inv-1").orElseThrow();

        assertThat(state.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(state.receivedAmount()).isEqualTo(Satoshis.of(900));
    }

    @Test
    void lookupAtExpiryIsExpired() {
        provider.createInvoice(request("inv-1", 1_000, Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(5));

        assertThat(provider.lookupInvoice("inv-1").orElseThrow().status()).isEqualTo(InvoiceStatus.EXPIRED);
    }

    @Test
    void paidInvoiceStaysPaidAfterExpiry() {
        provider.createInvoice(request("inv-1", 1_000, Duration.ofMinutes(5)));
        provider.markPaid("inv-1", Satoshis.of(1_000));
        clock.advance(Duration.ofHours(1));

        assertThat(provider.lookupInvoice("inv-1").orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void unknownInvoiceLooksExpiredAndCannotBePaid() {
        assertThat(provider.lookupInvoice("never-created").orElseThrow().status()).isEqualTo(InvoiceStatus.EXPIRED);
        assertThat(provider.markPaid("never-created", Satoshis.of(1))).isEmpty();
    }

    @Test
    void payingExpiredInvoiceIsRejected() {
        provider.createInvoice(request("inv-1", 1_000, Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> provider.markPaid("inv-1", Satoshis.of(1_000)))
                .isInstanceOf(SimulatedLightningProvider.InvoiceNotPayableException.class)
                .hasMessage("invoice inv-1 expired at 2026-03-01T10:05:00Z; request a new one");
    }

    @Test
    void payingTwiceIsRejected() {
        provider.createInvoice(request("inv-1", 1_000, Duration.ofMinutes(5)));
        provider.markPaid("inv-1", Satoshis.of(1_000));

        assertThatThrownBy(() -> provider.markPaid("inv-1", Satoshis.of(1_000)))
                .isInstanceOf(SimulatedLightningProvider.InvoiceNotPayableException.class)
                .hasMessageContaining("already paid");
        assertThat(provider.lookupInvoice("inv-1").orElseThrow().receivedAmount()).isEqualTo(Satoshis.of(1_000));
    }

    @Test
    void simulatedInvoiceQrCodeIsAtLeast320PixelsWide() throws Exception {
        CreatedInvoice created = provider.createInvoice(request("inv-1", 150_000, Duration.ofHours(1)));

        String uri = QrCodes.pngDataUri(created.paymentRequest());
        byte[] png = Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
        int width = ImageIO.read(new ByteArrayInputStream(png)).getWidth();

        assertThat(width).isGreaterThanOrEqualTo(320);
    }

    private static InvoiceRequest request(String invoiceId, long sats, Duration expiry) {
        return new InvoiceRequest(invoiceId, Satoshis.of(sats), "Milestone " + invoiceId, expiry);
    }

    private static Bolt11Invoice decode(CreatedInvoice created) {
        return Bolt11Decoder.decode(created.paymentRequest()).invoice();
    }
}
