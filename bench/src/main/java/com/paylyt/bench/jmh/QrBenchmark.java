package com.paylyt.bench.jmh;

import com.paylyt.server.lightning.Bolt11Encoder;
import com.paylyt.server.lightning.Bolt11Invoice;
import com.paylyt.server.lightning.NodeKey;
import com.paylyt.server.lightning.QrCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Rendering a payment request as the PNG data URI that every new invoice response carries. */
@State(Scope.Benchmark)
public class QrBenchmark {

    private String paymentRequest;

    @Setup
    public void setUp() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        byte[] hash = new byte[32];
        Arrays.fill(hash, (byte) 1);
        paymentRequest = new Bolt11Encoder(NodeKey.fromPrivateKey(key)).encode(new Bolt11Invoice(
                Bolt11Invoice.Network.REGTEST, 10_000_000L, Instant.parse("2025-06-01T12:00:00Z"), hash, hash,
                "PayLyt escrow for \"Logo design\"", Duration.ofMinutes(15), 18, Set.of(8, 14)));
    }

    @Benchmark
    public String pngDataUri() {
        return QrCodes.pngDataUri(paymentRequest);
    }
}
