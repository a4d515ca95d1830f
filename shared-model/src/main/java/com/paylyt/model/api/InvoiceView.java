package com.paylyt.model.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A Lightning invoice that funds a job's escrow.
 *
 * @param paymentRequest the BOLT11 string
 * @param qrCode the payment request as a {@code data:image/png;base64,} QR code
 */
public record InvoiceView(
        String invoiceId,
        String jobId,
        String paymentRequest,
        long amountSats,
        BigDecimal amountBtc,
        InvoiceStatus status,
        Instant expiresAt,
        String qrCode) {
}
