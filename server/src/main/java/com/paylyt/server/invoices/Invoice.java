package com.paylyt.server.invoices;

import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.money.Satoshis;
import java.time.Instant;

/**
 * A Lightning invoice for a job's escrow, as stored.
 *
 * @param received what the provider reported as received, or null while unpaid
 */
public record Invoice(
        String id,
        String jobId,
        String provider,
        String providerReference,
        String paymentRequest,
        String paymentHash,
        Satoshis amount,
        Satoshis received,
        InvoiceStatus status,
        Instant expiresAt,
        Instant createdAt) {

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
