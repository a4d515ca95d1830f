package com.paylyt.server.providers.bitnob;

import com.paylyt.model.money.FiatMoney;
import com.paylyt.server.providers.ProviderConfig;
import java.time.Duration;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * Settings of the Bitnob provider, read by {@link #from(ProviderConfig)}.
 *
 * <p>Bitnob uses one base URL for sandbox and production; the secret selects the environment. {@link #toString}
 * leaves out both secrets.
 *
 * @param baseUrl API root, {@value #DEFAULT_BASE_URL} unless {@code BITNOB_BASE_URL} is set
 * @param customerId Bitnob customer id attached to invoices and payouts; null when unset
 * @param webhookSecret shared secret of {@code X-Bitnob-Signature}; null when unset
 * @param maxRetries how many times a request rejected with 429 is sent again
 * @param maxRetryDelay longest wait between two attempts, whatever {@code Retry-After} asks
 * @param rateCacheTime how long a fetched rate is served without asking Bitnob again
 * @param rateMaxAge the oldest rate, by its own timestamp, that may still be used
 * @param rateCurrencies the fiat currencies that {@code rates()} lists
 * @param payoutCountry ISO 3166 country of fiat payouts, such as {@code NG}
 * @param payoutPollInterval time between two status checks of a submitted payout
 * @param payoutPollTimeout how long a submission polls before it returns the payout as pending
 */
public record BitnobSettings(
        String baseUrl,
        String clientId,
        String clientSecret,
        String webhookSecret,
        String customerId,
        Duration connectTimeout,
        Duration readTimeout,
        int maxRetries,
        Duration maxRetryDelay,
        Duration rateCacheTime,
        Duration rateMaxAge,
        List<Currency> rateCurrencies,
        String payoutCountry,
        Duration payoutPollInterval,
        Duration payoutPollTimeout) {

    /** Bitnob's API root, from the official command-line client. */
    public static final String DEFAULT_BASE_URL = "https://api.bitnob.com";

    public BitnobSettings {
        rateCurrencies = List.copyOf(rateCurrencies);
    }

    /**
     * Reads the {@code BITNOB_*} settings.
     *
     * @throws IllegalStateException when {@code BITNOB_CLIENT_ID} or {@code BITNOB_CLIENT_SECRET} is missing
     *     or a value is invalid
     */
    public static BitnobSettings from(ProviderConfig config) {
        return new BitnobSettings(
                config.optional("BITNOB_BASE_URL").orElse(DEFAULT_BASE_URL),
                config.required("BITNOB_CLIENT_ID"),
                config.required("BITNOB_CLIENT_SECRET"),
                config.optional("BITNOB_WEBHOOK_SECRET").orElse(null),
                config.optional("BITNOB_CUSTOMER_ID").orElse(null),
                config.duration("BITNOB_CONNECT_TIMEOUT", Duration.ofSeconds(10)),
                config.duration("BITNOB_READ_TIMEOUT", Duration.ofSeconds(30)),
                config.integer("BITNOB_MAX_RETRIES", 3),
                config.duration("BITNOB_MAX_RETRY_DELAY", Duration.ofSeconds(30)),
                config.duration("BITNOB_RATE_CACHE_TIME", Duration.ofSeconds(30)),
                config.duration("BITNOB_RATE_MAX_AGE", Duration.ofMinutes(5)),
                currencies(config.optional("BITNOB_RATE_CURRENCIES").orElse("USD,NGN,KES,GHS")),
                config.optional("BITNOB_PAYOUT_COUNTRY").orElse("NG"),
                config.duration("BITNOB_PAYOUT_POLL_INTERVAL", Duration.ofSeconds(5)),
                config.duration("BITNOB_PAYOUT_POLL_TIMEOUT", Duration.ofMinutes(2)));
    }

    private static List<Currency> currencies(String codes) {
        return Arrays.stream(codes.split(","))
                .map(String::trim)
                .filter(code -> !code.isEmpty())
                .map(FiatMoney::currency)
                .toList();
    }

    @Override
    public String toString() {
        return "BitnobSettings[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=(hidden)"
                + ", webhookSecret=" + (webhookSecret == null ? "(unset)" : "(hidden)")
                + ", customerId=" + customerId + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", maxRetries=" + maxRetries
                + ", maxRetryDelay=" + maxRetryDelay + ", rateCacheTime=" + rateCacheTime
                + ", rateMaxAge=" + rateMaxAge + ", rateCurrencies=" + rateCurrencies
                + ", payoutCountry=" + payoutCountry + ", payoutPollInterval=" + payoutPollInterval
                + ", payoutPollTimeout=" + payoutPollTimeout + "]";
    }
}
