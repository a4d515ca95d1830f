package com.paylyt.model.api;

/** Body of {@code POST /api/jobs/:id/complete}; both fields are optional. */
public record CompleteJobRequest(String note, String deliverableUrl) {
}
