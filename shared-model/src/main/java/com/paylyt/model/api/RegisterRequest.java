package com.paylyt.model.api;

/** Body of {@code POST /api/auth/register}. */
public record RegisterRequest(String username, String email, String password) {
}
