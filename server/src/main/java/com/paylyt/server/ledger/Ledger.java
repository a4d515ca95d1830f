package com.paylyt.server.ledger;

import com.paylyt.server.db.SqlErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The double-entry books. Every write takes the caller's connection so that a movement commits in the same
 * transaction as the state change it belongs to.
 */
public final class Ledger {

    private static final Logger log = LoggerFactory.getLogger(Ledger.class);

    private final Clock clock;

    public Ledger(Clock clock) {
        this.clock = clock;
    }

    /**
     * Books a movement.
     *
     * @return the ledger transaction id
     * @throws DuplicateMovementException when a movement with the same kind and reference is already booked
     */
    public String post(Connection connection, Movement movement) throws SQLException {
        String transactionId = UUID.randomUUID().toString();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ledger_transactions (id, kind, reference, description, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, transactionId);
            insert.setString(2, movement.kind());
            insert.setString(3, movement.reference());
            insert.setString(4, movement.description());
            insert.setString(5, now.toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new DuplicateMovementException(movement.kind(), movement.reference());
            }
            throw e;
        }
        insertEntries(connection, transactionId, movement);
        log.info("Booked {} {} as ledger transaction {}: {}", movement.kind(), movement.reference(), transactionId,
                movement.entries());
        return transactionId;
    }

    private static void insertEntries(Connection connection, String transactionId, Movement movement)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ledger_entries (transaction_id, account, asset, amount) VALUES (?, ?, ?, ?)")) {
            for (Entry entry : movement.entries()) {
                insert.setString(1, transactionId);
                insert.setString(2, entry.account());
                insert.setString(3, entry.asset());
                insert.setLong(4, entry.amount());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Returns the balance of an account in one asset: the sum of its entries. */
    public long balance(Connection connection, String account, String asset) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COALESCE(SUM(amount), 0) FROM ledger_entries WHERE account = ? AND asset = ?")) {
            query.setString(1, account);
            query.setString(2, asset);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
