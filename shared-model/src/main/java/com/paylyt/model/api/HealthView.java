package com.paylyt.model.api;

/** Response of {@code GET /api/health}. */
public record HealthView(String status, String version, String lightningProvider) {
}
