package com.paylyt.server.auth;

import com.paylyt.server.db.SqlErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** SQL for users. Usernames and emails are unique case-insensitively through their lowercase keys. */
public final class UserRepository {

    private static final String COLUMNS = "id, username, email, password_hash, session_version, created_at";

    /** Thrown when the username or email is already taken. */
    public static final class DuplicateUserException extends RuntimeException {
        public DuplicateUserException() {
            super("username or email already registered");
        }
    }

    public void insert(Connection connection, User user) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO users (id, username, username_key,"
                + " email, email_key, password_hash, session_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, user.id());
            insert.setString(2, user.username());
            insert.setString(3, key(user.username()));
            insert.setString(4, user.email());
            insert.setString(5, key(user.email()));
            insert.setString(6, user.passwordHash());
            insert.setLong(7, user.sessionVersion());
            insert.setString(8, user.createdAt().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new DuplicateUserException();
            }
            throw e;
        }
    }

    public boolean usernameTaken(Connection connection, String username) throws SQLException {
        return findOne(connection, "username_key", key(username)).isPresent();
    }

    public boolean emailTaken(Connection connection, String email) throws SQLException {
        return findOne(connection, "email_key", key(email)).isPresent();
    }

    public Optional<User> findById(Connection connection, String id) throws SQLException {
        return findOne(connection, "id", id);
    }

    public Optional<User> findByEmail(Connection connection, String email) throws SQLException {
        return findOne(connection, "email_key", key(email));
    }

    /** Finds a user by username or by email, case-insensitively. */
    public Optional<User> findByUsernameOrEmail(Connection connection, String name) throws SQLException {
        Optional<User> byUsername = findOne(connection, "username_key", key(name));
        return byUsername.isPresent() ? byUsername : findOne(connection, "email_key", key(name));
    }

    public void updatePassword(Connection connection, String userId, String passwordHash) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE users SET password_hash = ?, session_version = session_version + 1 WHERE id = ?")) {
            update.setString(1, passwordHash);
            update.setString(2, userId);
            update.executeUpdate();
        }
    }

    public void incrementSessionVersion(Connection connection, String userId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE users SET session_version = session_version + 1 WHERE id = ?")) {
            update.setString(1, userId);
            update.executeUpdate();
        }
    }

    private Optional<User> findOne(Connection connection, String column, String value) throws SQLException {
        // column comes from the fixed names above, never from a request.
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM users WHERE " + column + " = ?")) {
            query.setString(1, value);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(map(row)) : Optional.empty();
            }
        }
    }

    private static User map(ResultSet row) throws SQLException {
        return new User(row.getString("id"), row.getString("username"), row.getString("email"),
                row.getString("password_hash"), row.getLong("session_version"),
                Instant.parse(row.getString("created_at")));
    }

    static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
