package com.paylyt.desktop.session;

import com.paylyt.model.api.UserView;
import java.time.Instant;

/**
 * A signed-in user on one server.
 *
 * @param serverKey the server the token was issued by, as {@code Connection.sessionKey()} names it
 */
public record Session(String serverKey, String token, Instant expiresAt, UserView user) {

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
