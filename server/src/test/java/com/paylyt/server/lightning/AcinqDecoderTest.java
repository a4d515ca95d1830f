package com.paylyt.server.lightning;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.model.money.Satoshis;
import fr.acinq.bitcoin.utils.Try;
import fr.acinq.lightning.payment.Bolt11Invoice;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Checks our invoices with ACINQ's lightning-kmp, an independent BOLT 11 implementation used by Phoenix. */
class AcinqDecoderTest {

    @Test
    void acinqReadsSimulatedInvoice() {
        NodeKey key = NodeKey.fromPrivateKey(Bolt11Examples.PRIVATE_KEY);
        SimulatedLightningProvider provider =
                new SimulatedLightningProvider(key, new MutableClock(Instant.parse("2026-03-01T10:00:00Z")));
        CreatedInvoice created = provider.createInvoice(
                new InvoiceRequest("inv-1", Satoshis.of(25_000), "Logo design", Duration.ofMinutes(30)));

        Try<Bolt11Invoice> read = Bolt11Invoice.Companion.read(created.paymentRequest());

        assertThat(read.isSuccess()).as("read failed: %s", read).isTrue();
        Bolt11Invoice invoice = read.get();
        assertThat(invoice.getAmount().getMsat()).isEqualTo(25_000_000L);
        // lightning-kmp recovers the node id from the signature, so a match shows the signature is valid.
        assertThat(invoice.getNodeId().toString()).isEqualTo(key.publicKeyHex());
        assertThat(invoice.getPaymentHash().toHex()).isEqualTo(created.paymentHash());
        assertThat(invoice.getDescription()).isEqualTo("Logo design");
        assertThat(invoice.getExpirySeconds()).isEqualTo(1_800L);
    }
}
