package com.paylyt.server.wallet;

import com.paylyt.model.api.WalletTransaction;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.ledger.Asset;
import com.paylyt.server.payout.PayoutStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** SQL for conversions, withdrawals and a wallet's view of the ledger. */
public final class WalletRepository {

    /** The wallet shows this many of the newest transactions. */
    private static final int HISTORY_LIMIT = 200;

    /** Returns every asset's balance of an account, in the asset's unit; zero balances are left out. */
    public Map<String, Long> balances(Connection connection, String account) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT asset, SUM(amount) FROM ledger_entries"
                + " WHERE account = ? GROUP BY asset HAVING SUM(amount) <> 0 ORDER BY asset")) {
            query.setString(1, account);
            Map<String, Long> balances = new LinkedHashMap<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    balances.put(row.getString(1), row.getLong(2));
                }
            }
            return balances;
        }
    }

    /** Returns an account's movements, newest first. */
    public List<WalletTransaction> transactions(Connection connection, String account) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT t.id, t.kind, t.reference, t.description,"
                + " t.created_at, e.asset, e.amount FROM ledger_entries e JOIN ledger_transactions t"
                + " ON t.id = e.transaction_id WHERE e.account = ? ORDER BY e.id DESC LIMIT " + HISTORY_LIMIT)) {
            query.setString(1, account);
            List<WalletTransaction> transactions = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    transactions.add(transaction(row));
                }
            }
            return transactions;
        }
    }

    private static WalletTransaction transaction(ResultSet row) throws SQLException {
        String asset = row.getString("asset");
        long amount = row.getLong("amount");
        boolean sats = asset.equals(Asset.SATS);
        BigDecimal decimal = sats
                ? Satoshis.of(Math.abs(amount)).toBtc().multiply(BigDecimal.valueOf(Long.signum(amount)))
                : BigDecimal.valueOf(amount, Math.max(0, Currency.getInstance(asset).getDefaultFractionDigits()));
        return new WalletTransaction(row.getString("id"), row.getString("kind"), sats ? "BTC" : asset, decimal,
                sats ? amount : null, row.getString("reference"), row.getString("description"),
                Instant.parse(row.getString("created_at")));
    }

    public void insertConversion(Connection connection, Conversion conversion) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conversions (id, user_id,"
                + " amount_sats, currency, rate, amount_fiat_minor, rate_source, rate_timestamp, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, conversion.id());
            insert.setString(2, conversion.userId());
            insert.setLong(3, conversion.amount().value());
            insert.setString(4, conversion.rate().currency().getCurrencyCode());
            insert.setString(5, conversion.rate().perBtc().toPlainString());
            insert.setLong(6, conversion.result().minorUnits());
            insert.setString(7, conversion.rate().source());
            insert.setString(8, conversion.rate().timestamp().toString());
            insert.setString(9, conversion.createdAt().toString());
            insert.executeUpdate();
        }
    }

    public void insertWithdrawal(Connection connection, Withdrawal withdrawal) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO withdrawals (id, user_id, currency,"
                + " amount_minor, destination, status, provider, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, withdrawal.id());
            insert.setString(2, withdrawal.userId());
            insert.setString(3, withdrawal.amount().currencyCode());
            insert.setLong(4, withdrawal.amount().minorUnits());
            insert.setString(5, withdrawal.destination());
            insert.setString(6, wire(withdrawal.status()));
            insert.setString(7, withdrawal.provider());
            insert.setString(8, withdrawal.createdAt().toString());
            insert.setString(9, withdrawal.createdAt().toString());
            insert.executeUpdate();
        }
    }

    /** Moves a pending withdrawal to a final status; returns false when it was no longer pending. */
    public boolean finishWithdrawal(Connection connection, String id, PayoutStatus status, String providerReference,
            String failureReason, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE withdrawals SET status = ?,"
                + " provider_reference = ?, failure_reason = ?, updated_at = ? WHERE id = ? AND status = 'pending'")) {
            update.setString(1, wire(status));
            update.setString(2, providerReference);
            update.setString(3, failureReason);
            update.setString(4, at.toString());
            update.setString(5, id);
            return update.executeUpdate() == 1;
        }
    }

    private static String wire(PayoutStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
