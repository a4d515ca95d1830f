package com.paylyt.server.http;

import static com.paylyt.server.http.ApiRole.ANYONE;
import static com.paylyt.server.http.ApiRole.USER;

import com.paylyt.server.auth.AuthController;
import com.paylyt.server.health.HealthController;
import com.paylyt.server.jobs.JobController;
import com.paylyt.server.lightning.SimulatorController;
import com.paylyt.server.openapi.OpenApiDocument;
import com.paylyt.server.openapi.SwaggerUi;
import com.paylyt.server.wallet.WalletController;
import com.paylyt.server.webhooks.PaymentWebhookController;
import io.javalin.config.RoutesConfig;

/** Every route of the API, in one place, each with the role that may call it. */
public final class Routes {

    public static final String BASE_PATH = "/api";

    private final HealthController health;
    private final AuthController auth;
    private final JobController jobs;
    private final WalletController wallet;
    private final PaymentWebhookController webhooks;
    private final SimulatorController simulator;

    /** @param simulator the simulator's controller, or null when a real Lightning provider is active */
    public Routes(HealthController health, AuthController auth, JobController jobs, WalletController wallet,
            PaymentWebhookController webhooks, SimulatorController simulator) {
        this.health = health;
        this.auth = auth;
        this.jobs = jobs;
        this.wallet = wallet;
        this.webhooks = webhooks;
        this.simulator = simulator;
    }

    public void register(RoutesConfig routes) {
        routes.get(BASE_PATH + "/health", health::health, ANYONE);
        routes.get(BASE_PATH + "/openapi.json", OpenApiDocument.handler(simulator != null), ANYONE);
        routes.get(BASE_PATH + "/docs", SwaggerUi::page, ANYONE);
        routes.get(BASE_PATH + "/docs/{asset}", SwaggerUi::asset, ANYONE);

        routes.post(BASE_PATH + "/auth/register", auth::register, ANYONE);
        routes.post(BASE_PATH + "/auth/login", auth::login, ANYONE);
        routes.get(BASE_PATH + "/auth/me", auth::me, USER);
        routes.post(BASE_PATH + "/auth/logout", auth::logout, USER);
        routes.post(BASE_PATH + "/auth/password", auth::changePassword, USER);

        routes.post(BASE_PATH + "/jobs", jobs::create, USER);
        routes.get(BASE_PATH + "/jobs", jobs::list, USER);
        routes.get(BASE_PATH + "/jobs/open", jobs::listOpen, USER);
        routes.get(BASE_PATH + "/jobs/{id}", jobs::get, USER);
        routes.get(BASE_PATH + "/jobs/{id}/status", jobs::status, USER);
        routes.post(BASE_PATH + "/jobs/{id}/accept", jobs::accept, USER);
        routes.post(BASE_PATH + "/jobs/{id}/invoice", jobs::invoice, USER);
        routes.post(BASE_PATH + "/jobs/{id}/complete", jobs::complete, USER);
        routes.post(BASE_PATH + "/jobs/{id}/approve", jobs::approve, USER);
        routes.post(BASE_PATH + "/jobs/{id}/release", jobs::release, USER);
        routes.post(BASE_PATH + "/jobs/{id}/cancel", jobs::cancel, USER);

        routes.get(BASE_PATH + "/wallet", wallet::wallet, USER);
        routes.post(BASE_PATH + "/wallet/convert", wallet::convert, USER);
        routes.post(BASE_PATH + "/wallet/convert/preview", wallet::previewConversion, USER);
        routes.post(BASE_PATH + "/wallet/withdraw", wallet::withdraw, USER);
        routes.get(BASE_PATH + "/rates", wallet::rates, USER);

        // Providers sign webhooks instead of sending a token.
        routes.post(BASE_PATH + "/webhooks/bitnob", webhooks::receive, ANYONE);

        if (simulator != null) {
            // Stands in for an outside wallet paying the invoice, so it takes no token.
            routes.post(BASE_PATH + "/simulator/invoices/{invoice_id}/pay", simulator::pay, ANYONE);
        }
    }
}
