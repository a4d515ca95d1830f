package com.paylyt.server.http;

import com.paylyt.server.auth.User;
import com.paylyt.server.db.Database;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code Idempotency-Key} header on signed-in POST requests. The key is recorded per user in the same
 * transaction as the request's first write, so a key exists exactly when its work committed. A retry with
 * the same key, method, path and body gets the first response back without running again. The same key with
 * another request is rejected with 422.
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    /** Set on a response that was replayed from an earlier request with the same key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;

    private static final Logger log = LoggerFactory.getLogger(Idempotency.class);
    private static final String PENDING_ATTRIBUTE = "paylyt.idempotency";

    /** A key that this request records with its first write, which sets {@code recorded}. */
    private static final class Pending {
        private final String userId;
        private final String key;
        private volatile boolean recorded;

        private Pending(String userId, String key) {
            this.userId = userId;
            this.key = key;
        }
    }

    private final Database database;
    private final IdempotencyRepository keys = new IdempotencyRepository();
    private final Clock clock;

    public Idempotency(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Runs before a matched route, after {@link AccessControl#check}. */
    public void before(Context ctx) {
        // Jetty reuses threads: drop anything an earlier request on this thread left behind.
        database.clearJoinedWork();
        String key = ctx.header(HEADER);
        if (key == null || ctx.method() != HandlerType.POST || !ctx.routeRoles().contains(ApiRole.USER)) {
            return;
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ApiProblem.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, such as a UUID");
        }
        User user = AccessControl.currentUser(ctx);
        String requestHash = hash(ctx);
        Optional<IdempotencyRepository.StoredKey> stored = database.read(connection ->
                keys.find(connection, user.id(), key));
        if (stored.isPresent()) {
            replay(ctx, key, requestHash, stored.get());
            return;
        }
        Instant now = Instant.now(clock);
        Pending pending = new Pending(user.id(), key);
        database.joinNextWrite(connection -> {
            keys.insert(connection, user.id(), key, requestHash, now);
            pending.recorded = true;
            return null;
        });
        ctx.attribute(PENDING_ATTRIBUTE, pending);
    }

    private void replay(Context ctx, String key, String requestHash, IdempotencyRepository.StoredKey stored) {
        if (!stored.requestHash().equals(requestHash)) {
            throw new ApiProblem(ErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key
                    + "' was already used for a different request; use a new key for a new request");
        }
        if (stored.status() == null) {
            throw new ApiProblem(ErrorCode.IDEMPOTENCY_IN_PROGRESS, "The request with Idempotency-Key '" + key
                    + "' did its work, but its response is not stored yet; retry in a moment");
        }
        log.debug("Replaying the response to Idempotency-Key {} on {} {}", key, ctx.method(), ctx.path());
        ctx.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.contentType() != null) {
            ctx.contentType(stored.contentType());
        }
        ctx.result(stored.body() == null ? new byte[0] : stored.body());
        ctx.skipRemainingHandlers();
    }

    /** Runs after a matched route: stores the response of a request whose key was recorded. */
    public void after(Context ctx) {
        database.clearJoinedWork();
        Pending pending = ctx.attribute(PENDING_ATTRIBUTE);
        if (pending == null || !pending.recorded) {
            // No write committed, so there is nothing a retry could repeat: it simply runs again.
            return;
        }
        byte[] body = responseBody(ctx);
        int status = ctx.statusCode();
        String contentType = ctx.res().getContentType();
        database.write(connection -> {
            keys.saveResponse(connection, pending.userId, pending.key, status, contentType, body);
            return null;
        });
    }

    private static byte[] responseBody(Context ctx) {
        InputStream result = ctx.resultInputStream();
        if (result == null) {
            return new byte[0];
        }
        String text = ctx.result();
        return text == null ? new byte[0] : text.getBytes(ctx.responseCharset());
    }

    private static String hash(Context ctx) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((ctx.method() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(ctx.bodyAsBytes());
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
