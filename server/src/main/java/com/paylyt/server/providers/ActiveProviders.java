package com.paylyt.server.providers;

import com.paylyt.server.lightning.LightningProvider;
import com.paylyt.server.payout.LedgerOnlyPayoutProvider;
import com.paylyt.server.payout.PayoutProvider;
import com.paylyt.server.providers.bitnob.BitnobClient;
import com.paylyt.server.providers.bitnob.BitnobLightningProvider;
import com.paylyt.server.providers.bitnob.BitnobPayoutProvider;
import com.paylyt.server.providers.bitnob.BitnobRateSource;
import com.paylyt.server.providers.bitnob.BitnobSettings;
import com.paylyt.server.providers.lnd.LndClient;
import com.paylyt.server.providers.lnd.LndLightningProvider;
import com.paylyt.server.providers.lnd.LndSettings;
import com.paylyt.server.rates.RateSource;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lightning, payout and rate providers one server uses, built from the provider settings.
 *
 * @param webhookSecret the provider's webhook signing secret, or null to use the server's own
 */
public record ActiveProviders(LightningProvider lightning, PayoutProvider payouts, RateSource rates,
        String webhookSecret) implements AutoCloseable {

    /** Setting of how long a withdrawal request waits for the payout provider before it returns pending. */
    public static final String PAYOUT_WAIT = "PAYLYT_PAYOUT_WAIT";

    private static final Logger log = LoggerFactory.getLogger(ActiveProviders.class);
    private static final Duration DEFAULT_PAYOUT_WAIT = Duration.ofSeconds(10);

    /** Combines {@code lightning} and {@code rates} with payouts recorded in the ledger only. */
    public static ActiveProviders offline(LightningProvider lightning, RateSource rates) {
        return new ActiveProviders(lightning, new LedgerOnlyPayoutProvider(), rates, null);
    }

    /**
     * Uses Bitnob for invoices, fiat payouts and live rates.
     *
     * @param serverWebhookSecret the secret given with {@code --webhook-secret}, or null
     * @throws InvalidProviderSettingsException when a required {@code BITNOB_*} setting is missing or invalid
     */
    public static ActiveProviders bitnob(ProviderConfig config, ProviderReferences references,
            String serverWebhookSecret, Clock clock) {
        BitnobSettings settings = BitnobSettings.from(config);
        String customerId = required(settings.customerId(), "BITNOB_CUSTOMER_ID",
                "the Bitnob customer that receives invoices and sends payouts");
        String webhookSecret = settings.webhookSecret() != null ? settings.webhookSecret() : serverWebhookSecret;
        required(webhookSecret, "BITNOB_WEBHOOK_SECRET", "the secret Bitnob signs webhooks with");
        BitnobClient client = new BitnobClient(settings, clock, Sleeper.SYSTEM);
        PayoutProvider payouts = new BitnobPayoutProvider(client, customerId, settings.payoutCountry(),
                settings.payoutPollInterval(), settings.payoutPollTimeout(), clock, Sleeper.SYSTEM);
        log.info("Using Bitnob at {} with client id {}", settings.baseUrl(), settings.clientId());
        return new ActiveProviders(
                new BitnobLightningProvider(client, customerId, references),
                new BackgroundPayoutProvider(payouts, config.duration(PAYOUT_WAIT, DEFAULT_PAYOUT_WAIT)),
                new BitnobRateSource(client, settings.rateCurrencies(), settings.rateCacheTime(),
                        settings.rateMaxAge(), clock),
                webhookSecret);
    }

    /**
     * Uses the operator's LND node for invoices, records payouts in the ledger only and takes rates from
     * {@code rates}.
     *
     * @throws InvalidProviderSettingsException when a required {@code LND_*} setting is missing, or the macaroon
     *     or certificate file cannot be read
     */
    public static ActiveProviders lnd(ProviderConfig config, ProviderReferences references, RateSource rates,
            Clock clock) {
        LndSettings settings = LndSettings.from(config);
        LndClient client;
        try {
            client = new LndClient(settings);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InvalidProviderSettingsException("Cannot use the LND node at " + settings.restUrl()
                    + ": check LND_REST_URL, LND_MACAROON_PATH and LND_TLS_CERT_PATH (" + e.getMessage() + ")", e);
        }
        log.info("Using the LND node at {}", settings.restUrl());
        return offline(new LndLightningProvider(client, references, clock), rates);
    }

    private static String required(String value, String name, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidProviderSettingsException("Missing setting " + name + " (" + what + "): set the"
                    + " environment variable or add it to " + ProviderConfig.FILE_NAME + " in the data dir");
        }
        return value;
    }

    /** Leaves out the webhook secret. */
    @Override
    public String toString() {
        return "ActiveProviders[lightning=" + lightning.name() + ", payouts=" + payouts.name() + ", rates="
                + rates.getClass().getSimpleName() + ", webhookSecret=" + (webhookSecret == null ? "(server's)"
                : "(hidden)") + "]";
    }

    /** Stops the background payout threads, when there are any. */
    @Override
    public void close() {
        if (payouts instanceof BackgroundPayoutProvider background) {
            background.close();
        }
    }
}
