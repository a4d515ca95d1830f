package com.paylyt.server.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Hashes passwords with Argon2id. Parameters follow OWASP's minimum recommendation for Argon2id
 * (19 MiB of memory, 2 iterations, 1 lane); the salt is 16 random bytes, and the PHC string stored
 * carries the parameters, so stronger settings later still verify old hashes.
 */
public final class PasswordHasher {

    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;

    private final Argon2Function argon2 =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID);
    private final String decoyHash = hash("decoy password that no account has");

    /** Returns the PHC-formatted Argon2id hash of {@code password}. */
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2).getResult();
    }

    /** Checks a password against a stored hash. */
    public boolean matches(String password, String storedHash) {
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }

    /**
     * Spends as long as a real check, for an unknown account, so that response times do not tell whether an
     * email is registered.
     */
    public void checkDecoy(String password) {
        matches(password, decoyHash);
    }
}
