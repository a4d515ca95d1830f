package com.paylyt.server.lightning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeKeyTest {

    private static final String CURVE_ORDER_HEX = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

    @TempDir
    Path dataDir;

    @Test
    void knownPrivateKeyGivesKnownPublicKey() {
        NodeKey key = NodeKey.fromPrivateKey(Bolt11Examples.PRIVATE_KEY);

        assertThat(key.publicKeyHex()).isEqualTo(Bolt11Examples.PUBLIC_KEY);
        assertThat(key.publicKey()).hasSize(33);
    }

    @Test
    void firstStartCreatesKeyFileAndLaterStartsReuseIt() {
        NodeKey first = NodeKey.loadOrCreate(dataDir);
        NodeKey second = NodeKey.loadOrCreate(dataDir);

        assertThat(dataDir.resolve("lightning-node.key")).exists();
        assertThat(second.publicKeyHex()).isEqualTo(first.publicKeyHex());
        assertThat(first.publicKeyHex()).matches("0[23][0-9a-f]{64}");
    }

    @Test
    void keyFileAtCurveOrderIsRejected() throws IOException {
        Files.writeString(dataDir.resolve("lightning-node.key"), CURVE_ORDER_HEX);

        assertThatThrownBy(() -> NodeKey.loadOrCreate(dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lightning-node.key is invalid")
                .hasMessageContaining("between 1 and the curve order");
    }

    @Test
    void keyFileOfZerosIsRejected() throws IOException {
        Files.writeString(dataDir.resolve("lightning-node.key"), "00".repeat(32));

        assertThatThrownBy(() -> NodeKey.loadOrCreate(dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("between 1 and the curve order");
    }

    @Test
    void keyFileOfWrongLengthIsRejected() throws IOException {
        Files.writeString(dataDir.resolve("lightning-node.key"), "abcd");

        assertThatThrownBy(() -> NodeKey.loadOrCreate(dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must be 32 bytes, got 2");
    }

    @Test
    void toStringShowsOnlyPublicKey() {
        NodeKey key = NodeKey.fromPrivateKey(Bolt11Examples.PRIVATE_KEY);

        assertThat(key.toString()).contains(Bolt11Examples.PUBLIC_KEY);
        assertThat(key.toString()).doesNotContain("e126f68f");
    }
}
