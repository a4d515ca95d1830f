package com.paylyt.server.auth;

import com.paylyt.model.api.ChangePasswordRequest;
import com.paylyt.model.api.FieldError;
import com.paylyt.model.api.LoginRequest;
import com.paylyt.model.api.LoginResponse;
import com.paylyt.model.api.RegisterRequest;
import com.paylyt.server.db.Database;
import com.paylyt.server.http.ApiProblem;
import com.paylyt.server.http.ErrorCode;
import com.paylyt.server.http.RetryLaterProblem;
import com.paylyt.server.http.Violations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registration, sign-in, sign-out and token checks. */
public final class AuthService {

    private static final Logger log = LoggerFactory.getLogger(AuthService.class);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_-]{3,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final int MIN_PASSWORD_LENGTH = 8;
    /** Bounds the hashing work one request can cause. */
    private static final int MAX_PASSWORD_LENGTH = 1024;

    private final Database database;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final Clock clock;

    public AuthService(Database database, UserRepository users, PasswordHasher hasher, TokenService tokens,
            Clock clock) {
        this.database = database;
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.throttle = new LoginThrottle(clock);
        this.clock = clock;
    }

    public User register(RegisterRequest request) {
        validate(request);
        String passwordHash = hasher.hash(request.password());
        User user = new User(UUID.randomUUID().toString(), request.username().trim(), request.email().trim(),
                passwordHash, 0, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
        database.write(connection -> {
            rejectTaken(connection, user);
            users.insert(connection, user);
            return null;
        });
        log.info("Registered user {} ({})", user.id(), user.username());
        return user;
    }

    private void rejectTaken(java.sql.Connection connection, User user) throws java.sql.SQLException {
        List<FieldError> taken = new ArrayList<>();
        if (users.usernameTaken(connection, user.username())) {
            taken.add(new FieldError("username", "is already taken; choose another username"));
        }
        if (users.emailTaken(connection, user.email())) {
            taken.add(new FieldError("email", "is already registered; sign in instead"));
        }
        if (!taken.isEmpty()) {
            throw new ApiProblem(ErrorCode.CONFLICT, "An account with this username or email already exists",
                    taken);
        }
    }

    private static void validate(RegisterRequest request) {
        Violations violations = new Violations();
        if (violations.requireText("username", request.username())
                && !USERNAME.matcher(request.username().trim()).matches()) {
            violations.add("username", "must be 3 to 32 letters, digits, '_' or '-'");
        }
        if (violations.requireText("email", request.email())) {
            String email = request.email().trim();
            if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
                violations.add("email", "must be a valid email address such as name@example.com");
            }
        }
        checkNewPassword(violations, "password", request.password());
        violations.throwIfAny();
    }

    private static void checkNewPassword(Violations violations, String field, String password) {
        if (password == null || password.isEmpty()) {
            violations.add(field, "is required");
        } else if (password.length() < MIN_PASSWORD_LENGTH) {
            violations.add(field, "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            violations.add(field, "must be at most " + MAX_PASSWORD_LENGTH + " characters");
        }
    }

    /**
     * Signs in, responding the same way to an unknown email and to a wrong password.
     *
     * @param address the client's IP address, for throttling failed attempts
     */
    public LoginResponse login(LoginRequest request, String address) {
        Violations violations = new Violations();
        violations.requireText("email", request.email());
        if (request.password() == null || request.password().isEmpty()) {
            violations.add("password", "is required");
        }
        violations.throwIfAny();
        Optional<Duration> wait = throttle.retryAfter(request.email(), address);
        if (wait.isPresent()) {
            log.info("Throttled a sign-in from {} after repeated failures", address);
            throw new RetryLaterProblem("Too many failed sign-ins for this account or from this address; try again"
                    + " after the Retry-After delay", wait.get());
        }
        if (request.password().length() > MAX_PASSWORD_LENGTH) {
            throttle.recordFailure(request.email(), address);
            throw invalidCredentials();
        }
        Optional<User> found = database.read(connection -> users.findByEmail(connection, request.email()));
        if (found.isEmpty()) {
            hasher.checkDecoy(request.password());
            throttle.recordFailure(request.email(), address);
            throw invalidCredentials();
        }
        User user = found.get();
        if (!hasher.matches(request.password(), user.passwordHash())) {
            log.info("Failed sign-in for user {}", user.id());
            throttle.recordFailure(request.email(), address);
            throw invalidCredentials();
        }
        throttle.recordSuccess(request.email(), address);
        TokenService.IssuedToken token = tokens.issue(user);
        log.info("User {} signed in", user.id());
        return new LoginResponse(token.token(), "Bearer", token.expiresAt(), user.view());
    }

    private static ApiProblem invalidCredentials() {
        return new ApiProblem(ErrorCode.INVALID_CREDENTIALS, "The email or password is wrong");
    }

    /** Returns the user a bearer token belongs to, or empty when the token is invalid, expired or revoked. */
    public Optional<User> authenticate(String token) {
        Optional<TokenService.TokenClaims> claims = tokens.verify(token);
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        Optional<User> user = database.read(connection -> users.findById(connection, claims.get().userId()));
        return user.filter(found -> found.sessionVersion() == claims.get().sessionVersion());
    }

    /** Revokes every token issued to the user so far. */
    public void logout(User user) {
        database.write(connection -> {
            users.incrementSessionVersion(connection, user.id());
            return null;
        });
        log.info("User {} signed out", user.id());
    }

    /** Changes the password, revokes older tokens and returns a fresh token. */
    public LoginResponse changePassword(User user, ChangePasswordRequest request) {
        Violations violations = new Violations();
        if (request.currentPassword() == null || request.currentPassword().isEmpty()) {
            violations.add("current_password", "is required");
        }
        checkNewPassword(violations, "new_password", request.newPassword());
        violations.throwIfAny();
        if (request.currentPassword().length() > MAX_PASSWORD_LENGTH
                || !hasher.matches(request.currentPassword(), user.passwordHash())) {
            throw ApiProblem.invalidField("current_password", "is wrong");
        }
        String newHash = hasher.hash(request.newPassword());
        User updated = database.write(connection -> {
            users.updatePassword(connection, user.id(), newHash);
            return users.findById(connection, user.id()).orElseThrow();
        });
        log.info("User {} changed their password; older tokens are revoked", user.id());
        TokenService.IssuedToken token = tokens.issue(updated);
        return new LoginResponse(token.token(), "Bearer", token.expiresAt(), updated.view());
    }
}
