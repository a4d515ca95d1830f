package com.paylyt.model.api;

/** Body of {@code POST /api/auth/login}. */
public record LoginRequest(String email, String password) {
}
