package com.paylyt.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.server.auth.AuthController;
import com.paylyt.server.auth.AuthService;
import com.paylyt.server.auth.PasswordHasher;
import com.paylyt.server.auth.TokenService;
import com.paylyt.server.auth.UserRepository;
import com.paylyt.server.config.DataDirLock;
import com.paylyt.server.config.SecretFiles;
import com.paylyt.server.db.Database;
import com.paylyt.server.health.HealthController;
import com.paylyt.server.http.AccessControl;
import com.paylyt.server.http.Idempotency;
import com.paylyt.server.http.JsonMappers;
import com.paylyt.server.http.ProblemResponses;
import com.paylyt.server.http.RequestBodies;
import com.paylyt.server.http.Routes;
import com.paylyt.server.invoices.InvoiceRepository;
import com.paylyt.server.invoices.InvoiceService;
import com.paylyt.server.jobs.JobController;
import com.paylyt.server.jobs.JobRepository;
import com.paylyt.server.jobs.JobService;
import com.paylyt.server.ledger.Ledger;
import com.paylyt.server.lightning.LightningProvider;
import com.paylyt.server.lightning.NodeKey;
import com.paylyt.server.lightning.SimulatedLightningProvider;
import com.paylyt.server.lightning.SimulatedPayer;
import com.paylyt.server.lightning.SimulatorController;
import com.paylyt.server.providers.ActiveProviders;
import com.paylyt.server.providers.ProviderConfig;
import com.paylyt.server.providers.ProviderReferences;
import com.paylyt.server.providers.StoredProviderReferences;
import com.paylyt.server.rates.RateSource;
import com.paylyt.server.reconcile.PendingWithdrawals;
import com.paylyt.server.reconcile.Reconciler;
import com.paylyt.server.rates.RateTable;
import com.paylyt.server.wallet.WalletController;
import com.paylyt.server.wallet.WalletRepository;
import com.paylyt.server.wallet.WalletService;
import com.paylyt.server.webhooks.PaymentWebhookController;
import com.paylyt.server.webhooks.WebhookSignature;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PayLyt server: wires the components of one data dir together and serves the API. {@link #create} builds
 * it and migrates the database without listening, so tests and the desktop app can pick when to start.
 */
public final class PaylytServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PaylytServer.class);

    private final ServerConfig config;
    private final DataDirLock dataDirLock;
    private final Database database;
    private final Javalin javalin;
    private final ActiveProviders providers;
    private final Reconciler reconciler;
    private volatile boolean started;

    private PaylytServer(ServerConfig config, Database database, Javalin javalin, ActiveProviders providers,
            Reconciler reconciler, DataDirLock dataDirLock) {
        this.dataDirLock = dataDirLock;
        this.config = config;
        this.database = database;
        this.javalin = javalin;
        this.providers = providers;
        this.reconciler = reconciler;
    }

    public static PaylytServer create(ServerConfig config) {
        return create(config, Clock.systemUTC());
    }

    public static PaylytServer create(ServerConfig config, Clock clock) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data dir " + config.dataDir(), e);
        }
        DataDirLock lock = DataDirLock.acquire(config.dataDir());
        Database database;
        try {
            database = Database.open(config.dataDir());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        try {
            return wire(config, database, clock, lock);
        } catch (RuntimeException e) {
            database.close();
            lock.close();
            throw e;
        }
    }

    private static PaylytServer wire(ServerConfig config, Database database, Clock clock, DataDirLock lock) {
        ObjectMapper mapper = JsonMappers.create();
        RequestBodies bodies = new RequestBodies(mapper);
        Ledger ledger = new Ledger(clock);
        UserRepository users = new UserRepository();
        JobRepository jobRepository = new JobRepository();
        InvoiceRepository invoiceRepository = new InvoiceRepository();

        TokenService tokens = new TokenService(secret(config.jwtSecret(), config, "jwt-signing.key"),
                config.tokenLifetime(), clock);
        AuthService auth = new AuthService(database, users, new PasswordHasher(), tokens, clock);
        ProviderConfig providerSettings = ProviderConfig.load(config.dataDir());
        ActiveProviders providers = providers(config, providerSettings,
                new StoredProviderReferences(database, invoiceRepository), mapper, clock);
        WebhookSignature webhookSignature = new WebhookSignature(secret(
                providers.webhookSecret() != null ? providers.webhookSecret() : config.webhookSecret(), config,
                "webhook.secret"));

        LightningProvider lightning = providers.lightning();
        InvoiceService invoices = new InvoiceService(database, invoiceRepository, jobRepository, ledger, lightning,
                config.invoiceExpiry(), clock);
        JobService jobs = new JobService(database, jobRepository, users, invoiceRepository, ledger, clock);
        WalletService wallet = new WalletService(database, new WalletRepository(), ledger, providers.rates(),
                providers.payouts(), clock);
        Reconciler reconciler = new Reconciler(database, invoiceRepository, invoices, lightning,
                new PendingWithdrawals(), wallet, providers.payouts(),
                providerSettings.duration(Reconciler.INTERVAL_SETTING, Reconciler.DEFAULT_INTERVAL),
                providerSettings.duration(Reconciler.UNKNOWN_PAYOUT_GRACE_SETTING,
                        Reconciler.DEFAULT_UNKNOWN_PAYOUT_GRACE),
                clock);

        PaylytServer[] self = new PaylytServer[1];
        SimulatorController simulator = lightning instanceof SimulatedLightningProvider simulated
                ? new SimulatorController(new SimulatedPayer(() -> self[0].loopbackBaseUrl(), simulated, webhookSignature),
                        mapper)
                : null;
        Routes routes = new Routes(new HealthController(version(), lightning.name()),
                new AuthController(auth, bodies), new JobController(jobs, invoices, bodies),
                new WalletController(wallet, bodies), new PaymentWebhookController(invoices, webhookSignature, mapper),
                simulator);
        Javalin javalin = javalin(config, mapper, routes, new AccessControl(auth), new Idempotency(database, clock),
                new ProblemResponses(mapper));
        self[0] = new PaylytServer(config, database, javalin, providers, reconciler, lock);
        return self[0];
    }

    private static Javalin javalin(ServerConfig config, ObjectMapper mapper, Routes routes, AccessControl access,
            Idempotency idempotency, ProblemResponses problems) {
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.jsonMapper(new JavalinJackson(mapper, false));
            javalin.http.maxRequestSize = config.maxRequestBytes();
            javalin.http.defaultContentType = "application/json";
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            javalin.requestLogger.http((ctx, millis) ->
                    log.debug("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.status().getCode(), millis));
            javalin.routes.beforeMatched(access::check);
            javalin.routes.beforeMatched(idempotency::before);
            javalin.routes.afterMatched(idempotency::after);
            javalin.routes.exception(com.paylyt.server.http.ApiProblem.class, problems::handleProblem);
            javalin.routes.exception(HttpResponseException.class, problems::handleHttpResponse);
            javalin.routes.exception(Exception.class, problems::handleUnexpected);
            routes.register(javalin.routes);
        });
    }

    private static byte[] secret(String given, ServerConfig config, String fileName) {
        if (given != null && !given.isEmpty()) {
            return given.getBytes(StandardCharsets.UTF_8);
        }
        return SecretFiles.readOrCreate(config.dataDir().resolve(fileName), TokenService.MIN_KEY_BYTES);
    }

    /**
     * Selects the providers named by {@code --lightning}: Bitnob brings its own payouts and live rates, while the
     * simulator and LND record payouts in the ledger only and use the rate table.
     */
    private static ActiveProviders providers(ServerConfig config, ProviderConfig settings,
            ProviderReferences references, ObjectMapper mapper, Clock clock) {
        return switch (config.lightning()) {
            case "simulated" -> ActiveProviders.offline(
                    new SimulatedLightningProvider(NodeKey.loadOrCreate(config.dataDir()), clock),
                    rateTable(config, mapper));
            case "bitnob" -> {
                if (config.ratesFile() != null) {
                    log.warn("Ignoring the rates file {}: Bitnob provides live rates", config.ratesFile());
                }
                yield ActiveProviders.bitnob(settings, references, config.webhookSecret(), clock);
            }
            case "lnd" -> ActiveProviders.lnd(settings, references, rateTable(config, mapper), clock);
            default -> throw new IllegalArgumentException("Unknown Lightning provider '" + config.lightning()
                    + "'; use simulated, bitnob or lnd");
        };
    }

    private static RateSource rateTable(ServerConfig config, ObjectMapper mapper) {
        return config.ratesFile() == null ? RateTable.shipped(mapper) : RateTable.fromFile(mapper, config.ratesFile());
    }

    /** Returns the version of this build, from the jar's filtered resources. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = PaylytServer.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            log.warn("Cannot read the version resource", e);
        }
        return properties.getProperty("version", "unknown");
    }

    /** Binds the configured host and port and serves the API. */
    public PaylytServer start() {
        javalin.start();
        started = true;
        log.info("PayLyt server listening on {} (Lightning: {}, payouts: {}, data dir: {})", baseUrl(),
                providers.lightning().name(), providers.payouts().name(), config.dataDir());
        reconciler.start();
        return this;
    }

    /** Returns the port listened on; with port 0 configured, the one picked at start. */
    public int port() {
        return started ? javalin.port() : config.port();
    }

    /** Returns the API's base URL, such as {@code http://127.0.0.1:3000/api}. */
    public String baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + Routes.BASE_PATH;
    }

    /**
     * Returns a base URL this process can reach itself on: the bound address, or loopback when the server
     * listens on every address.
     */
    public String loopbackBaseUrl() {
        boolean wildcard = config.host().equals("0.0.0.0") || config.host().equals("::")
                || config.host().equals("[::]");
        return wildcard ? "http://127.0.0.1:" + port() + Routes.BASE_PATH : baseUrl();
    }

    public Database database() {
        return database;
    }

    /** Stops the reconciler, the API and the payout threads, then closes the database. */
    public void stop() {
        reconciler.close();
        if (started) {
            javalin.stop();
            started = false;
            log.info("PayLyt server stopped");
        }
        providers.close();
        database.close();
        dataDirLock.close();
    }

    @Override
    public void close() {
        stop();
    }
}
