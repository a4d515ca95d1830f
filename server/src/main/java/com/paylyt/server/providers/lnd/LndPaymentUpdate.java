package com.paylyt.server.providers.lnd;

/**
 * The last payment update LND streamed for {@code POST /v2/router/send}.
 *
 * @param status {@code IN_FLIGHT}, {@code SUCCEEDED}, {@code FAILED} or {@code INITIATED}
 * @param failureReason LND's {@code failure_reason}, such as {@code FAILURE_REASON_NO_ROUTE}
 */
public record LndPaymentUpdate(String status, String paymentHashHex, long feeSat, String failureReason) {
}
