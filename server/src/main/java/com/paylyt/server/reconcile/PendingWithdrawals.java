package com.paylyt.server.reconcile;

import com.paylyt.model.money.FiatMoney;
import com.paylyt.server.payout.PayoutStatus;
import com.paylyt.server.wallet.Withdrawal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** SQL that lists the withdrawals still waiting for their payout provider. */
public final class PendingWithdrawals {

    /** Returns the pending withdrawals sent through {@code provider}, oldest first. */
    public List<Withdrawal> list(Connection connection, String provider) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, user_id, currency, amount_minor,"
                + " destination, provider, created_at FROM withdrawals WHERE status = 'pending' AND provider = ?"
                + " ORDER BY created_at")) {
            query.setString(1, provider);
            List<Withdrawal> withdrawals = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    withdrawals.add(new Withdrawal(row.getString("id"), row.getString("user_id"),
                            new FiatMoney(row.getLong("amount_minor"), Currency.getInstance(row.getString("currency"))),
                            row.getString("destination"), PayoutStatus.PENDING, row.getString("provider"),
                            Instant.parse(row.getString("created_at"))));
                }
            }
            return withdrawals;
        }
    }
}
