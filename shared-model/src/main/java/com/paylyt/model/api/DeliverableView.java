package com.paylyt.model.api;

import java.time.Instant;

/** What the freelancer submitted. */
public record DeliverableView(String note, String url, Instant submittedAt) {
}
