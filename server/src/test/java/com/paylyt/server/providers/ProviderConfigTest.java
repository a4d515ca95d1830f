package com.paylyt.server.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.paylyt.server.providers.bitnob.BitnobSettings;
import com.paylyt.server.providers.lnd.LndSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderConfigTest {

    @TempDir
    Path dataDir;

    @Test
    void environmentWinsOverTheSettingsFile() throws Exception {
        Files.writeString(dataDir.resolve("providers.properties"), "BITNOB_CLIENT_ID=from-file\n"
                + "BITNOB_CLIENT_SECRET=file-secret\nBITNOB_RATE_MAX_AGE=PT2M\n");

        BitnobSettings settings = BitnobSettings.from(ProviderConfig.of(Map.of("BITNOB_CLIENT_ID", "from-env"),
                dataDir));

        assertThat(settings.clientId()).isEqualTo("from-env");
        assertThat(settings.clientSecret()).isEqualTo("file-secret");
        assertThat(settings.rateMaxAge()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.baseUrl()).isEqualTo("https://api.bitnob.com");
    }

    @Test
    void bitnobSettingsToStringHidesBothSecrets() {
        BitnobSettings settings = BitnobSettings.from(ProviderConfig.of(Map.of("BITNOB_CLIENT_ID", "id-1",
                "BITNOB_CLIENT_SECRET", "s3cr3t-value", "BITNOB_WEBHOOK_SECRET", "hook-value"), dataDir));

        assertThat(settings.toString()).contains("id-1").doesNotContain("s3cr3t-value").doesNotContain("hook-value");
    }

    @Test
    void missingClientSecretNamesTheVariable() {
        assertThatThrownBy(() -> BitnobSettings.from(ProviderConfig.of(Map.of("BITNOB_CLIENT_ID", "id"), dataDir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BITNOB_CLIENT_SECRET");
    }

    @Test
    void durationsAcceptSecondsAndIsoForm() {
        ProviderConfig config = ProviderConfig.of(Map.of("A", "45", "B", "PT1M", "C", "soon"), dataDir);

        assertThat(config.duration("A", Duration.ZERO)).isEqualTo(Duration.ofSeconds(45));
        assertThat(config.duration("B", Duration.ZERO)).isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> config.duration("C", Duration.ZERO)).hasMessageContaining("C");
    }

    @Test
    void rateCurrenciesAreParsedFromACommaList() {
        BitnobSettings settings = BitnobSettings.from(ProviderConfig.of(Map.of("BITNOB_CLIENT_ID", "id",
                "BITNOB_CLIENT_SECRET", "s", "BITNOB_RATE_CURRENCIES", "usd, kes"), dataDir));

        assertThat(settings.rateCurrencies()).containsExactly(Currency.getInstance("USD"), Currency.getInstance("KES"));
    }

    @Test
    void lndSettingsNeedMacaroonAndCertificatePaths() {
        assertThatThrownBy(() -> LndSettings.from(ProviderConfig.of(Map.of(), dataDir)))
                .hasMessageContaining("LND_MACAROON_PATH");

        LndSettings settings = LndSettings.from(ProviderConfig.of(Map.of("LND_MACAROON_PATH", "/lnd/admin.macaroon",
                "LND_TLS_CERT_PATH", "/lnd/tls.cert"), dataDir));

        assertThat(settings.restUrl()).isEqualTo("https://127.0.0.1:8080");
        assertThat(settings.tlsCertPath()).isEqualTo(Path.of("/lnd/tls.cert"));
    }

    @Test
    void missingSettingsFileIsFine() {
        assertThat(ProviderConfig.of(Map.of(), dataDir.resolve("absent")).optional("X")).isEmpty();
    }
}
