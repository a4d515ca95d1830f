package com.paylyt.model.api;

import java.time.Instant;

/** A user as the API shows it: never the password or its hash. */
public record UserView(String id, String username, String email, Instant createdAt) {
}
