package com.paylyt.server;

import com.paylyt.server.config.DataDirectories;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a PayLyt server runs.
 *
 * @param port TCP port; 0 picks a free one
 * @param lightning the Lightning provider: {@code simulated}, {@code bitnob} or {@code lnd}
 * @param webhookSecret the webhook HMAC secret as text, or null to generate one in the data dir
 * @param jwtSecret the JWT signing key as text (at least 32 bytes), or null to generate one in the data dir
 * @param ratesFile a JSON rate table replacing the one shipped with the server, or null
 */
public record ServerConfig(
        String host,
        int port,
        Path dataDir,
        String lightning,
        String webhookSecret,
        String jwtSecret,
        Path ratesFile,
        Duration tokenLifetime,
        Duration invoiceExpiry,
        long maxRequestBytes) {

    public static final int DEFAULT_PORT = 3000;

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", DEFAULT_PORT, DataDirectories.defaultDataDir(), "simulated", null, null,
                null, Duration.ofHours(24), Duration.ofMinutes(15), 64 * 1024);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, dataDir, lightning, webhookSecret, jwtSecret, ratesFile,
                tokenLifetime, invoiceExpiry, maxRequestBytes);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, dataDir, lightning, webhookSecret, jwtSecret, ratesFile,
                tokenLifetime, invoiceExpiry, maxRequestBytes);
    }

    public ServerConfig withDataDir(Path newDataDir) {
        return new ServerConfig(host, port, newDataDir, lightning, webhookSecret, jwtSecret, ratesFile,
                tokenLifetime, invoiceExpiry, maxRequestBytes);
    }

    public ServerConfig withLightning(String newLightning) {
        return new ServerConfig(host, port, dataDir, newLightning, webhookSecret, jwtSecret, ratesFile,
                tokenLifetime, invoiceExpiry, maxRequestBytes);
    }

    public ServerConfig withSecrets(String newWebhookSecret, String newJwtSecret) {
        return new ServerConfig(host, port, dataDir, lightning, newWebhookSecret, newJwtSecret, ratesFile,
                tokenLifetime, invoiceExpiry, maxRequestBytes);
    }

    public ServerConfig withRatesFile(Path newRatesFile) {
        return new ServerConfig(host, port, dataDir, lightning, webhookSecret, jwtSecret, newRatesFile,
                tokenLifetime, invoiceExpiry, maxRequestBytes);
    }

    public ServerConfig withInvoiceExpiry(Duration newInvoiceExpiry) {
        return new ServerConfig(host, port, dataDir, lightning, webhookSecret, jwtSecret, ratesFile,
                tokenLifetime, newInvoiceExpiry, maxRequestBytes);
    }

    public ServerConfig withTokenLifetime(Duration newTokenLifetime) {
        return new ServerConfig(host, port, dataDir, lightning, webhookSecret, jwtSecret, ratesFile,
                newTokenLifetime, invoiceExpiry, maxRequestBytes);
    }

    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", lightning=" + lightning
                + ", webhookSecret=" + (webhookSecret == null ? "generated" : "given")
                + ", jwtSecret=" + (jwtSecret == null ? "generated" : "given") + "]";
    }
}
