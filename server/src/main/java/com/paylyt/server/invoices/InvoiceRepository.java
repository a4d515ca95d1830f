package com.paylyt.server.invoices;

import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.db.SqlErrors;
import com.paylyt.server.webhooks.PaymentNotice;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** SQL for invoices and for the webhook events already applied. */
public final class InvoiceRepository {

    /** Thrown when the job already has a pending invoice. */
    public static final class PendingInvoiceExistsException extends RuntimeException {
        public PendingInvoiceExistsException() {
            super("job already has a pending invoice");
        }
    }

    public void insert(Connection connection, Invoice invoice) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO invoices (id, job_id, provider,"
                + " provider_reference, payment_request, payment_hash, amount_sats, status, expires_at, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, invoice.id());
            insert.setString(2, invoice.jobId());
            insert.setString(3, invoice.provider());
            insert.setString(4, invoice.providerReference());
            insert.setString(5, invoice.paymentRequest());
            insert.setString(6, invoice.paymentHash());
            insert.setLong(7, invoice.amount().value());
            insert.setString(8, wire(invoice.status()));
            insert.setString(9, invoice.expiresAt().toString());
            insert.setString(10, invoice.createdAt().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new PendingInvoiceExistsException();
            }
            throw e;
        }
    }

    public Optional<Invoice> findById(Connection connection, String id) throws SQLException {
        return one(connection, "SELECT * FROM invoices WHERE id = ?", id);
    }

    public Optional<Invoice> findPending(Connection connection, String jobId) throws SQLException {
        return one(connection, "SELECT * FROM invoices WHERE job_id = ? AND status = 'pending'", jobId);
    }

    /** Returns the job's newest invoice, in whatever status. */
    public Optional<Invoice> findLatest(Connection connection, String jobId) throws SQLException {
        return one(connection, "SELECT * FROM invoices WHERE job_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
                jobId);
    }

    /** Returns pending invoices created by a provider, for reconciliation. */
    public List<Invoice> listPending(Connection connection, String provider) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM invoices WHERE status = 'pending' AND provider = ? ORDER BY created_at")) {
            query.setString(1, provider);
            List<Invoice> invoices = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    invoices.add(map(row));
                }
            }
            return invoices;
        }
    }

    /** Returns the provider's own id of an invoice, or empty when the invoice or its reference is missing. */
    public Optional<String> findProviderReference(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT provider_reference FROM invoices WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Stores the provider's own id of an invoice that has none yet. Returns false when the invoice is missing or
     * already has one.
     */
    public boolean storeProviderReference(Connection connection, String id, String providerReference)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE invoices SET provider_reference = ?"
                + " WHERE id = ? AND (provider_reference IS NULL OR provider_reference = '')")) {
            update.setString(1, providerReference);
            update.setString(2, id);
            return update.executeUpdate() == 1;
        }
    }

    /** Moves an invoice from {@code from} to {@code to}; returns false when it was not in {@code from}. */
    public boolean updateStatus(Connection connection, String id, InvoiceStatus from, InvoiceStatus to,
            Satoshis received, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE invoices SET status = ?,"
                + " received_sats = ?, settled_at = ? WHERE id = ? AND status = ?")) {
            update.setString(1, wire(to));
            update.setObject(2, received == null ? null : received.value());
            update.setString(3, at.toString());
            update.setString(4, id);
            update.setString(5, wire(from));
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Records a provider event as applied; returns false when the same event was applied before.
     *
     * @param eventKey the provider's event id, qualified by the provider's name
     */
    public boolean recordEvent(Connection connection, String eventKey, String invoiceId, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO webhook_events (event_key, invoice_id, received_at) VALUES (?, ?, ?)")) {
            insert.setString(1, eventKey);
            insert.setString(2, invoiceId);
            insert.setString(3, at.toString());
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Keeps a provider's report about an invoice that is not stored yet, to apply when it is. */
    public void holdEarlyNotice(Connection connection, PaymentNotice notice, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO early_payment_notices"
                + " (invoice_id, status, received_sats, received_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, notice.invoiceId());
            insert.setString(2, wire(notice.status()));
            insert.setObject(3, notice.receivedAmount() == null ? null : notice.receivedAmount().value());
            insert.setString(4, at.toString());
            insert.executeUpdate();
        }
    }

    /** Returns the reports held for an invoice, oldest first. */
    public List<PaymentNotice> earlyNotices(Connection connection, String invoiceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT status, received_sats"
                + " FROM early_payment_notices WHERE invoice_id = ? ORDER BY id")) {
            query.setString(1, invoiceId);
            List<PaymentNotice> notices = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long received = row.getLong(2);
                    Satoshis amount = row.wasNull() ? null : Satoshis.of(received);
                    notices.add(new PaymentNotice(invoiceId, InvoiceStatus.fromWireName(row.getString(1)), amount,
                            null));
                }
            }
            return notices;
        }
    }

    private static Optional<Invoice> one(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(map(row)) : Optional.empty();
            }
        }
    }

    private static Invoice map(ResultSet row) throws SQLException {
        long received = row.getLong("received_sats");
        boolean hasReceived = !row.wasNull();
        return new Invoice(
                row.getString("id"),
                row.getString("job_id"),
                row.getString("provider"),
                row.getString("provider_reference"),
                row.getString("payment_request"),
                row.getString("payment_hash"),
                Satoshis.of(row.getLong("amount_sats")),
                hasReceived ? Satoshis.of(received) : null,
                InvoiceStatus.fromWireName(row.getString("status")),
                Instant.parse(row.getString("expires_at")),
                Instant.parse(row.getString("created_at")));
    }

    private static String wire(InvoiceStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
