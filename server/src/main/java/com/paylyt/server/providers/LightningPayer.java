package com.paylyt.server.providers;

import com.paylyt.model.money.Satoshis;

/** Pays BOLT11 invoices, for sats withdrawals. Implementations never touch the database. */
public interface LightningPayer {

    /**
     * Pays {@code paymentRequest}. A timed-out payment is reported as {@link LightningPaymentStatus#PENDING},
     * never as failed, because the payment may still settle.
     *
     * @param paymentId PayLyt's withdrawal id, used as the idempotency reference
     * @param maxFee the largest routing fee to accept
     */
    LightningPayment pay(String paymentId, String paymentRequest, Satoshis maxFee);
}
