package com.paylyt.server.wallet;

import com.paylyt.model.api.ConvertRequest;
import com.paylyt.model.api.WithdrawRequest;
import com.paylyt.server.http.AccessControl;
import com.paylyt.server.http.RequestBodies;
import io.javalin.http.Context;

/** HTTP for {@code /api/wallet} and {@code /api/rates}. */
public final class WalletController {

    private final WalletService wallets;
    private final RequestBodies bodies;

    public WalletController(WalletService wallets, RequestBodies bodies) {
        this.wallets = wallets;
        this.bodies = bodies;
    }

    public void wallet(Context ctx) {
        ctx.json(wallets.wallet(AccessControl.currentUser(ctx)));
    }

    public void rates(Context ctx) {
        ctx.json(wallets.currentRates());
    }

    public void previewConversion(Context ctx) {
        ctx.json(wallets.preview(AccessControl.currentUser(ctx), bodies.read(ctx, ConvertRequest.class)));
    }

    public void convert(Context ctx) {
        ctx.json(wallets.convert(AccessControl.currentUser(ctx), bodies.read(ctx, ConvertRequest.class)));
    }

    public void withdraw(Context ctx) {
        ctx.json(wallets.withdraw(AccessControl.currentUser(ctx), bodies.read(ctx, WithdrawRequest.class)));
    }
}
