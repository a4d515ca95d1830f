package com.paylyt.server.webhooks;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The {@code X-Bitnob-Signature} of a webhook: lowercase hex HMAC-SHA512 of the raw body under a shared secret. */
public final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA512";

    private final SecretKeySpec key;

    public WebhookSignature(byte[] secret) {
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** Returns the signature of {@code body} as lowercase hex. */
    public String sign(byte[] body) {
        return HexFormat.of().formatHex(mac(body));
    }

    /** Checks a received signature in constant time; a missing or non-hex signature is invalid. */
    public boolean verify(byte[] body, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] received;
        try {
            received = HexFormat.of().parseHex(signature.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(body), received);
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA512 is not available in this JVM", e);
        }
    }
}
