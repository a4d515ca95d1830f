package com.paylyt.model.api;

import java.time.Instant;

/** Response of {@code POST /api/auth/login}: a bearer token and when it expires. */
public record LoginResponse(String token, String tokenType, Instant expiresAt, UserView user) {
}
