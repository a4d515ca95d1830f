package com.paylyt.model.api;

/** Body of {@code POST /api/auth/password}. */
public record ChangePasswordRequest(String currentPassword, String newPassword) {
}
