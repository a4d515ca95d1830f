package com.paylyt.desktop.fund;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.common.BitMatrix;
import com.paylyt.desktop.TestMessages;
import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.api.InvoiceView;
import com.paylyt.model.api.JobStatusView;
import com.paylyt.model.job.JobStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundViewModelTest {

    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");

    private final FundViewModel model = new FundViewModel(TestMessages.english());

    @Test
    void countdownShowsMinutesAndSeconds() {
        model.showInvoice(invoice(InvoiceStatus.PENDING), NOW);

        assertThat(model.countdownProperty().get()).isEqualTo("Expires in 15:00");
        assertThat(model.amountProperty().get()).isEqualTo("150,000 sats · 0.00150000 BTC");

        model.tick(NOW.plusSeconds(14 * 60 + 51));

        assertThat(model.countdownProperty().get()).isEqualTo("Expires in 0:09");
        assertThat(model.expiredProperty().get()).isFalse();
    }

    @Test
    void invoicePastExpiryIsMarkedExpired() {
        model.showInvoice(invoice(InvoiceStatus.PENDING), NOW);

        model.tick(NOW.plusSeconds(15 * 60));

        assertThat(model.expiredProperty().get()).isTrue();
        assertThat(model.countdownProperty().get()).isEqualTo("Expired");
    }

    @Test
    void fundedJobMarksInvoicePaid() {
        model.showInvoice(invoice(InvoiceStatus.PENDING), NOW);

        model.onStatus(status(JobStatus.AWAITING_FUNDING, invoice(InvoiceStatus.PENDING)));
        assertThat(model.paidProperty().get()).isFalse();

        model.onStatus(status(JobStatus.FUNDED, invoice(InvoiceStatus.PAID)));
        assertThat(model.paidProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Payment received. The job is funded.");
    }

    @Test
    void serverReportedExpiryMarksInvoiceExpired() {
        model.showInvoice(invoice(InvoiceStatus.PENDING), NOW);

        model.onStatus(status(JobStatus.AWAITING_FUNDING, invoice(InvoiceStatus.EXPIRED)));

        assertThat(model.expiredProperty().get()).isTrue();
        assertThat(model.paidProperty().get()).isFalse();
    }

    @Test
    void failedPaymentOffersNewInvoice() {
        model.showInvoice(invoice(InvoiceStatus.PENDING), NOW);
        assertThat(model.renewOfferedBinding().get()).isFalse();

        model.onPaymentFailed("The simulator has no invoice inv-1.");

        assertThat(model.renewOfferedBinding().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Paying this invoice failed: The simulator has no "
                + "invoice inv-1. Request a new invoice to try again.");

        model.showInvoice(invoice(InvoiceStatus.PENDING), NOW);
        assertThat(model.renewOfferedBinding().get()).isFalse();
    }

    @Test
    void qrCodeIsLargeEnoughToScan() {
        BitMatrix matrix = QrCodes.encode("lightning:LNBCRT1500U1PTEST", FundDialogController.QR_SIZE);

        assertThat(matrix.getWidth()).isGreaterThanOrEqualTo(FundDialogController.QR_SIZE);
        assertThat(matrix.getHeight()).isEqualTo(matrix.getWidth());
    }

    private static InvoiceView invoice(InvoiceStatus status) {
        return new InvoiceView("inv-1", "job-1", "lnbcrt1500u1ptest", 150_000, new BigDecimal("0.0015"), status,
                NOW.plusSeconds(15 * 60), null);
    }

    private static JobStatusView status(JobStatus status, InvoiceView invoice) {
        return new JobStatusView("job-1", status, 150_000, status == JobStatus.FUNDED ? 150_000 : 0, invoice,
                List.of(), NOW);
    }
}
