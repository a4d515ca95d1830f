package com.paylyt.server.auth;

import com.paylyt.model.api.ChangePasswordRequest;
import com.paylyt.model.api.LoginRequest;
import com.paylyt.model.api.RegisterRequest;
import com.paylyt.server.http.AccessControl;
import com.paylyt.server.http.RequestBodies;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** HTTP for {@code /api/auth}. */
public final class AuthController {

    private final AuthService auth;
    private final RequestBodies bodies;

    public AuthController(AuthService auth, RequestBodies bodies) {
        this.auth = auth;
        this.bodies = bodies;
    }

    public void register(Context ctx) {
        User user = auth.register(bodies.read(ctx, RegisterRequest.class));
        ctx.status(HttpStatus.CREATED).json(user.view());
    }

    public void login(Context ctx) {
        ctx.json(auth.login(bodies.read(ctx, LoginRequest.class), ctx.ip()));
    }

    public void me(Context ctx) {
        ctx.json(AccessControl.currentUser(ctx).view());
    }

    public void logout(Context ctx) {
        auth.logout(AccessControl.currentUser(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    public void changePassword(Context ctx) {
        ctx.json(auth.changePassword(AccessControl.currentUser(ctx), bodies.read(ctx, ChangePasswordRequest.class)));
    }
}
