package com.paylyt.bench.jmh;

import com.paylyt.server.lightning.Bolt11Encoder;
import com.paylyt.server.lightning.Bolt11Invoice;
import com.paylyt.server.lightning.NodeKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Encoding and signing one regtest BOLT 11 invoice, as the simulated provider does for every new invoice. */
@State(Scope.Benchmark)
public class Bolt11Benchmark {

    private Bolt11Encoder encoder;
    private Bolt11Invoice invoice;

    @Setup
    public void setUp() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        byte[] hash = new byte[32];
        Arrays.fill(hash, (byte) 1);
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) 2);
        encoder = new Bolt11Encoder(NodeKey.fromPrivateKey(key));
        invoice = new Bolt11Invoice(Bolt11Invoice.Network.REGTEST, 10_000_000L, Instant.parse("2025-06-01T12:00:00Z"),
                hash, secret, "PayLyt escrow for \"Logo design\"", Duration.ofMinutes(15), 18, Set.of(8, 14));
    }

    @Benchmark
    public String encodeAndSign() {
        return encoder.encode(invoice);
    }
}
