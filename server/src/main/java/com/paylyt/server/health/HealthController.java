package com.paylyt.server.health;

import com.paylyt.model.api.HealthView;
import io.javalin.http.Context;

/** HTTP for {@code GET /api/health}. */
public final class HealthController {

    private final HealthView health;

    public HealthController(String version, String lightningProvider) {
        this.health = new HealthView("ok", version, lightningProvider);
    }

    public void health(Context ctx) {
        ctx.json(health);
    }
}
