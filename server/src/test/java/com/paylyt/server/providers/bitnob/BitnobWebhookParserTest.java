package com.paylyt.server.providers.bitnob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.providers.bitnob.BitnobWebhookParser.MalformedWebhookException;
import com.paylyt.server.webhooks.PaymentNotice;
import com.paylyt.server.webhooks.WebhookSignature;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BitnobWebhookParserTest {

    private final BitnobWebhookParser parser = new BitnobWebhookParser();

    @Test
    void lightningReceivedEventIsPaid() {
        String body = """
                {"event":"btc.lightning.received.success","event_id":"evt-1",
                 "data":{"invoice":"inv-8484","status":"completed","amount":1000,"reference":"inv-1",
                  "paidAt":"2025-10-10T16:00:00Z","invoiceHash":"lntb1500n1p"}}
                """;

        assertThat(parse(body)).isEqualTo(new PaymentNotice("inv-1", InvoiceStatus.PAID, Satoshis.of(1000), "evt-1"));
    }

    @Test
    void lightningTransferSuccessEventIsPaid() {
        String body = """
                {"data":{"amount":"3000","chain":"lightning","currency":"BTC","fee":"0","invoice":"lnbc30u1p",
                  "reference":"inv-2","timestamp":"2026-05-15T21:43:10Z","transaction_id":"e212"},
                 "event":"transfer.success","event_id":"d22a"}
                """;

        assertThat(parse(body)).isEqualTo(new PaymentNotice("inv-2", InvoiceStatus.PAID, Satoshis.of(3000), "d22a"));
    }

    @Test
    void onChainTransferSuccessIsIgnored() {
        String body = """
                {"event":"transfer.success","event_id":"e1","data":{"chain":"bitcoin","reference":"w-1","amount":5}}
                """;

        assertThat(parser.parse(bytes(body))).isEmpty();
    }

    @Test
    void invoiceExpiredEventIsExpiredWithoutAmount() {
        String body = """
                {"event":"btc.lightning.invoice.expired","event_id":"e2","data":{"reference":"inv-3","amount":10}}
                """;

        assertThat(parse(body)).isEqualTo(new PaymentNotice("inv-3", InvoiceStatus.EXPIRED, null, "e2"));
    }

    @Test
    void payoutEventIsIgnored() {
        String body = "{\"event\":\"payouts.withdrawal.success\",\"event_id\":\"e3\",\"data\":{\"reference\":\"w\"}}";

        assertThat(parser.parse(bytes(body))).isEmpty();
    }

    @Test
    void envelopeWithoutEventIdHasNullEventId() {
        String body = "{\"event\":\"btc.lightning.received.success\",\"data\":{\"reference\":\"inv-1\"}}";

        assertThat(parse(body)).isEqualTo(new PaymentNotice("inv-1", InvoiceStatus.PAID, null, null));
    }

    @Test
    void paidEventWithoutReferenceIsMalformed() {
        String body = "{\"event\":\"btc.lightning.received.success\",\"event_id\":\"e\",\"data\":{\"amount\":1}}";

        assertThatThrownBy(() -> parser.parse(bytes(body)))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining("reference");
    }

    @Test
    void flatFormIsParsedWithAmount() {
        String body = "{\"invoice_id\":\"inv-4\",\"status\":\"paid\",\"amount_sats\":2500}";

        assertThat(parse(body)).isEqualTo(new PaymentNotice("inv-4", InvoiceStatus.PAID, Satoshis.of(2500), null));
    }

    @Test
    void flatFormAmountIsOptional() {
        assertThat(parse("{\"invoice_id\":\"inv-5\",\"status\":\"EXPIRED\"}"))
                .isEqualTo(new PaymentNotice("inv-5", InvoiceStatus.EXPIRED, null, null));
    }

    @Test
    void flatFormWithUnknownStatusIsMalformed() {
        assertThatThrownBy(() -> parser.parse(bytes("{\"invoice_id\":\"inv-5\",\"status\":\"refunded\"}")))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining("refunded");
    }

    @Test
    void fractionalAmountIsMalformed() {
        assertThatThrownBy(() -> parser.parse(bytes("{\"invoice_id\":\"i\",\"status\":\"paid\",\"amount_sats\":1.5}")))
                .isInstanceOf(MalformedWebhookException.class);
    }

    @Test
    void bodyThatIsNotJsonIsMalformed() {
        assertThatThrownBy(() -> parser.parse(bytes("event=paid"))).isInstanceOf(MalformedWebhookException.class);
    }

    @Test
    void bodyWithNeitherShapeIsMalformed() {
        assertThatThrownBy(() -> parser.parse(bytes("{\"status\":\"paid\"}")))
                .isInstanceOf(MalformedWebhookException.class);
    }

    @Test
    void signatureRejectsTamperedBody() {
        WebhookSignature signature = new WebhookSignature("hook-secret".getBytes(StandardCharsets.UTF_8));
        byte[] body = bytes("{\"event\":\"btc.lightning.received.success\",\"data\":{\"reference\":\"inv-1\"}}");
        String header = signature.sign(body);

        assertThat(signature.verify(body, header)).isTrue();
        assertThat(signature.verify(bytes("{\"event\":\"btc.lightning.received.success\",\"data\":{}}"), header))
                .isFalse();
        assertThat(signature.verify(body, null)).isFalse();
    }

    private PaymentNotice parse(String body) {
        return parser.parse(bytes(body)).orElseThrow();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
