package com.paylyt.server.providers.bitnob;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs Bitnob API requests: lowercase hex HMAC-SHA256, keyed with the client secret, over
 * {@code clientId:timestamp:nonce:body}, where the timestamp is in Unix seconds and the body is the exact bytes
 * sent (empty for a request without one).
 *
 * <p>Source: {@code internal/api/client.go} and {@code request.go} of Bitnob's official command-line client
 * (github.com/bitnob/bitnob-cli), which match Bitnob's API reference. One older Bitnob guide describes
 * {@code clientId + METHOD + path + timestamp + body} in Base64 with millisecond timestamps; this class follows
 * the official client instead.
 */
public final class BitnobSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public BitnobSigner(String clientSecret) {
        this.key = new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** Returns the {@code X-Auth-Signature} value of one request. */
    public String sign(String clientId, String timestamp, String nonce, String body) {
        String message = clientId + ":" + timestamp + ":" + nonce + ":" + body;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
