package com.paylyt.model.api;

/** Response of the payment webhook. */
public record WebhookAck(boolean received, boolean duplicate) {
}
