package com.paylyt.server.lightning;

import com.paylyt.server.config.SecretFiles;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The secp256k1 private key of the simulated Lightning node, which signs its invoices. The node id that wallets
 * show is the compressed public key.
 */
public final class NodeKey {

    static final String FILE_NAME = "lightning-node.key";
    private static final int KEY_BYTES = 32;

    private final BigInteger privateKey;
    private final byte[] publicKey;

    private NodeKey(BigInteger privateKey) {
        this.privateKey = privateKey;
        this.publicKey = Secp256k1.publicKey(privateKey);
    }

    /**
     * Loads the key from {@code lightning-node.key} in {@code dataDir}, creating the file with a random key on
     * first start.
     *
     * @throws IllegalStateException when the file does not contain a valid secp256k1 private key
     */
    public static NodeKey loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        byte[] secret = SecretFiles.readOrCreate(file, KEY_BYTES);
        try {
            return fromPrivateKey(secret);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The Lightning node key in " + file + " is invalid: " + e.getMessage()
                    + ". Delete the file to create a new key (the node id changes).", e);
        }
    }

    /**
     * Creates a key from 32 big-endian bytes.
     *
     * @throws IllegalArgumentException when the bytes are not 32 long or not a scalar in 1..n-1 of secp256k1
     */
    public static NodeKey fromPrivateKey(byte[] privateKey) {
        if (privateKey.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "a secp256k1 private key must be " + KEY_BYTES + " bytes, got " + privateKey.length);
        }
        BigInteger scalar = new BigInteger(1, privateKey);
        if (!Secp256k1.isValidPrivateKey(scalar)) {
            throw new IllegalArgumentException("a secp256k1 private key must be between 1 and the curve order - 1");
        }
        return new NodeKey(scalar);
    }

    /** Returns the 33-byte compressed public key, which is the node id. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** Returns the compressed public key as 66 lower-case hex digits. */
    public String publicKeyHex() {
        return HexFormat.of().formatHex(publicKey);
    }

    Secp256k1.RecoverableSignature sign(byte[] hash) {
        return Secp256k1.sign(hash, privateKey);
    }

    @Override
    public String toString() {
        return "NodeKey[" + publicKeyHex() + "]";
    }
}
