package com.paylyt.server.lightning;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/** ECDSA on secp256k1 as Bitcoin and Lightning use it: RFC 6979 nonces, low-S signatures and key recovery. */
final class Secp256k1 {

    private static final X9ECParameters CURVE_PARAMETERS = CustomNamedCurves.getByName("secp256k1");
    static final ECDomainParameters CURVE = new ECDomainParameters(CURVE_PARAMETERS);
    private static final BigInteger HALF_ORDER = CURVE.getN().shiftRight(1);

    private Secp256k1() {
    }

    /** A compact signature: 32-byte big-endian r, then s, plus the recovery id (0 to 3) of the signer's key. */
    record RecoverableSignature(byte[] compact, int recoveryId) {
    }

    /** Returns whether {@code scalar} is a valid private key, that is in 1..n-1. */
    static boolean isValidPrivateKey(BigInteger scalar) {
        return scalar.signum() > 0 && scalar.compareTo(CURVE.getN()) < 0;
    }

    /** Returns the 33-byte compressed public key of {@code privateKey}. */
    static byte[] publicKey(BigInteger privateKey) {
        return new FixedPointCombMultiplier().multiply(CURVE.getG(), privateKey).getEncoded(true);
    }

    /** Signs a 32-byte message hash deterministically (RFC 6979 with HMAC-SHA256) with a low S value. */
    static RecoverableSignature sign(byte[] hash, BigInteger privateKey) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(privateKey, CURVE));
        BigInteger[] rs = signer.generateSignature(hash);
        BigInteger r = rs[0];
        BigInteger s = rs[1].compareTo(HALF_ORDER) > 0 ? CURVE.getN().subtract(rs[1]) : rs[1];

        byte[] compact = new byte[64];
        BigIntegers.asUnsignedByteArray(r, compact, 0, 32);
        BigIntegers.asUnsignedByteArray(s, compact, 32, 32);
        byte[] expectedKey = publicKey(privateKey);
        for (int recoveryId = 0; recoveryId < 4; recoveryId++) {
            if (Arrays.equals(expectedKey, recoverPublicKey(hash, compact, recoveryId))) {
                return new RecoverableSignature(compact, recoveryId);
            }
        }
        throw new IllegalStateException("no recovery id reproduces the signing key");
    }

    /**
     * Recovers the compressed public key that made {@code compact} over {@code hash}, following SEC 1 v2 section
     * 4.1.6.
     *
     * @return the 33-byte key, or null when no key matches this recovery id
     */
    static byte[] recoverPublicKey(byte[] hash, byte[] compact, int recoveryId) {
        BigInteger n = CURVE.getN();
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(compact, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(compact, 32, 64));
        if (r.signum() == 0 || r.compareTo(n) >= 0 || s.signum() == 0 || s.compareTo(n) >= 0) {
            return null;
        }
        BigInteger x = r.add(n.multiply(BigInteger.valueOf(recoveryId / 2)));
        if (x.compareTo(CURVE_PARAMETERS.getCurve().getField().getCharacteristic()) >= 0) {
            return null;
        }
        byte[] encodedR = new byte[33];
        encodedR[0] = (byte) ((recoveryId & 1) == 0 ? 0x02 : 0x03);
        BigIntegers.asUnsignedByteArray(x, encodedR, 1, 32);
        ECPoint pointR = CURVE.getCurve().decodePoint(encodedR);

        BigInteger e = new BigInteger(1, hash);
        BigInteger rInverse = r.modInverse(n);
        BigInteger generatorFactor = e.negate().mod(n).multiply(rInverse).mod(n);
        BigInteger pointFactor = s.multiply(rInverse).mod(n);
        ECPoint key = ECAlgorithms.sumOfTwoMultiplies(CURVE.getG(), generatorFactor, pointR, pointFactor).normalize();
        return key.isInfinity() ? null : key.getEncoded(true);
    }

    /** Verifies a compact signature over a 32-byte hash against a compressed or uncompressed public key. */
    static boolean verify(byte[] hash, byte[] compact, byte[] publicKey) {
        ECDSASigner verifier = new ECDSASigner();
        ECPoint point = CURVE.getCurve().decodePoint(publicKey);
        verifier.init(false, new ECPublicKeyParameters(point, CURVE));
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(compact, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(compact, 32, 64));
        return verifier.verifySignature(hash, r, s);
    }
}
