package com.paylyt.server.auth;

import com.paylyt.model.api.UserSummary;
import com.paylyt.model.api.UserView;
import java.time.Instant;

/** A registered user as stored; {@code sessionVersion} grows on sign-out and password change. */
public record User(String id, String username, String email, String passwordHash, long sessionVersion,
        Instant createdAt) {

    public UserView view() {
        return new UserView(id, username, email, createdAt);
    }

    public UserSummary summary() {
        return new UserSummary(id, username);
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", username=" + username + "]";
    }
}
