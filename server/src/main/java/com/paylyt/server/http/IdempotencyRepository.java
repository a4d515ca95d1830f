package com.paylyt.server.http;

import com.paylyt.server.db.SqlErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** SQL for the {@code idempotency_keys} table: one row per user and key. */
final class IdempotencyRepository {

    /** A recorded key; {@code status} is null while the first request's response is not stored yet. */
    record StoredKey(String requestHash, Integer status, String contentType, byte[] body) {
    }

    Optional<StoredKey> find(Connection connection, String userId, String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT request_hash, response_status,"
                + " response_type, response_body FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ?")) {
            query.setString(1, userId);
            query.setString(2, key);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                int status = row.getInt(2);
                Integer stored = row.wasNull() ? null : status;
                return Optional.of(new StoredKey(row.getString(1), stored, row.getString(3), row.getBytes(4)));
            }
        }
    }

    /** Records a key, or fails with a 409 problem when a concurrent request recorded it first. */
    void insert(Connection connection, String userId, String key, String requestHash, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency_keys (user_id,"
                + " idempotency_key, request_hash, created_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, userId);
            insert.setString(2, key);
            insert.setString(3, requestHash);
            insert.setString(4, at.toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new ApiProblem(ErrorCode.IDEMPOTENCY_IN_PROGRESS, "Another request with Idempotency-Key '"
                        + key + "' ran at the same time and did the work; retry to get its response");
            }
            throw e;
        }
    }

    void saveResponse(Connection connection, String userId, String key, int status, String contentType, byte[] body)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE idempotency_keys SET response_status = ?,"
                + " response_type = ?, response_body = ? WHERE user_id = ? AND idempotency_key = ?"
                + " AND response_status IS NULL")) {
            update.setInt(1, status);
            update.setString(2, contentType);
            update.setBytes(3, body);
            update.setString(4, userId);
            update.setString(5, key);
            update.executeUpdate();
        }
    }
}
