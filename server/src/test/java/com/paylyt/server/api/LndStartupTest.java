package com.paylyt.server.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.paylyt.server.PaylytServer;
import com.paylyt.server.providers.InvalidProviderSettingsException;
import com.paylyt.server.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up checks of {@code --lightning lnd}; the LND client itself is tested against MockWebServer. */
class LndStartupTest {

    @TempDir
    Path dataDir;

    @Test
    void missingMacaroonPathFailsStart() {
        assertThatThrownBy(() -> PaylytServer.create(TestServer.config(dataDir).withLightning("lnd")))
                .isInstanceOf(InvalidProviderSettingsException.class)
                .hasMessageContaining("LND_MACAROON_PATH");
    }

    @Test
    void unreadableMacaroonFailsStart() throws Exception {
        Files.writeString(dataDir.resolve("providers.properties"), "LND_MACAROON_PATH="
                + dataDir.resolve("missing.macaroon") + "\nLND_TLS_CERT_PATH=" + dataDir.resolve("tls.cert") + "\n");

        assertThatThrownBy(() -> PaylytServer.create(TestServer.config(dataDir).withLightning("lnd")))
                .isInstanceOf(InvalidProviderSettingsException.class)
                .hasMessageContaining("LND_MACAROON_PATH")
                .hasMessageContaining("missing.macaroon");
    }
}
