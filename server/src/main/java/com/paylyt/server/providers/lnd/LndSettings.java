package com.paylyt.server.providers.lnd;

import com.paylyt.server.providers.ProviderConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of an LND node reached over its REST API, read by {@link #from(ProviderConfig)}.
 *
 * @param restUrl REST root such as {@code https://127.0.0.1:8080}
 * @param macaroonPath binary macaroon file, such as {@code invoice.macaroon} or, to pay invoices,
 *     {@code admin.macaroon}
 * @param tlsCertPath the node's {@code tls.cert}; only this certificate is trusted
 * @param paymentTimeout how long LND may try to route one outgoing payment
 */
public record LndSettings(
        String restUrl,
        Path macaroonPath,
        Path tlsCertPath,
        Duration connectTimeout,
        Duration readTimeout,
        Duration paymentTimeout) {

    /**
     * Reads the {@code LND_*} settings.
     *
     * @throws IllegalStateException when {@code LND_MACAROON_PATH} or {@code LND_TLS_CERT_PATH} is missing
     */
    public static LndSettings from(ProviderConfig config) {
        return new LndSettings(
                config.optional("LND_REST_URL").orElse("https://127.0.0.1:8080"),
                Path.of(config.required("LND_MACAROON_PATH")),
                Path.of(config.required("LND_TLS_CERT_PATH")),
                config.duration("LND_CONNECT_TIMEOUT", Duration.ofSeconds(10)),
                config.duration("LND_READ_TIMEOUT", Duration.ofSeconds(30)),
                config.duration("LND_PAYMENT_TIMEOUT", Duration.ofSeconds(60)));
    }
}
