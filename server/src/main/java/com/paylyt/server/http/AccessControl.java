package com.paylyt.server.http;

import com.paylyt.server.auth.AuthService;
import com.paylyt.server.auth.User;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks the route's role before its handler runs, and makes the signed-in user available to handlers. */
public final class AccessControl {

    private static final Logger log = LoggerFactory.getLogger(AccessControl.class);
    private static final String USER_ATTRIBUTE = "paylyt.user";
    private static final String BEARER_PREFIX = "Bearer ";

    private final AuthService auth;

    public AccessControl(AuthService auth) {
        this.auth = auth;
    }

    /** Runs before every matched route. */
    public void check(Context ctx) {
        Set<?> roles = ctx.routeRoles();
        if (roles.contains(ApiRole.ANYONE)) {
            return;
        }
        if (!roles.contains(ApiRole.USER)) {
            log.error("Route {} {} declares no role; refusing it", ctx.method(), ctx.path());
            throw new ApiProblem(ErrorCode.FORBIDDEN, "This route is not open to anyone");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
            throw new ApiProblem(ErrorCode.UNAUTHORIZED,
                    "Send the token from POST /api/auth/login as 'Authorization: Bearer <token>'");
        }
        Optional<User> user = auth.authenticate(header.substring(BEARER_PREFIX.length()).trim());
        if (user.isEmpty()) {
            throw new ApiProblem(ErrorCode.UNAUTHORIZED,
                    "The token is invalid, expired or revoked; sign in again");
        }
        ctx.attribute(USER_ATTRIBUTE, user.get());
    }

    /** Returns the user that {@link #check} authenticated for this request. */
    public static User currentUser(Context ctx) {
        User user = ctx.attribute(USER_ATTRIBUTE);
        if (user == null) {
            throw new IllegalStateException("No signed-in user on a route that requires one");
        }
        return user;
    }
}
