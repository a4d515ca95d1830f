package com.paylyt.desktop.session;

import com.paylyt.model.api.UserView;
import java.time.Instant;

/**
 * A signed-in user on one server.
 *
 * @param serverUrl the API root the token was issued by
 */
public record Session(String serverUrl, String token, Instant expiresAt, UserView user) {

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
