package com.paylyt.server.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the books of one database are consistent: every ledger transaction balances per asset, no
 * user's balance is negative, every job's escrow matches its status, and every paid invoice, conversion and
 * withdrawal has its ledger movement. Each check is one query, run inside the caller's transaction so that all
 * of them see the same snapshot.
 */
public final class LedgerVerifier {

    /** One inconsistency, such as {@code unbalanced_transaction}, with the ids involved. */
    public record Violation(String check, String detail) {
        @Override
        public String toString() {
            return check + ": " + detail;
        }
    }

    private record Check(String name, String sql) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check("unbalanced_transaction", """
                    SELECT 'transaction ' || transaction_id || ' is off by ' || SUM(amount) || ' ' || asset
                    FROM ledger_entries GROUP BY transaction_id, asset HAVING SUM(amount) <> 0"""),
            new Check("empty_transaction", """
                    SELECT 'transaction ' || t.id || ' (' || t.kind || ' ' || t.reference || ') has no entries'
                    FROM ledger_transactions t
                    WHERE NOT EXISTS (SELECT 1 FROM ledger_entries e WHERE e.transaction_id = t.id)"""),
            new Check("negative_balance", """
                    SELECT account || ' holds ' || SUM(amount) || ' ' || asset
                    FROM ledger_entries WHERE account LIKE 'user:%'
                    GROUP BY account, asset HAVING SUM(amount) < 0"""),
            new Check("escrow_mismatch", """
                    SELECT 'job ' || j.id || ' is ' || j.status || ' with funded_sats ' || j.funded_sats
                        || ' but its escrow holds ' || COALESCE(e.balance, 0) || ' sats'
                    FROM jobs j LEFT JOIN (
                        SELECT substr(account, 8) AS job_id, SUM(amount) AS balance FROM ledger_entries
                        WHERE account LIKE 'escrow:%' AND asset = 'SAT' GROUP BY account) e ON e.job_id = j.id
                    WHERE COALESCE(e.balance, 0) <> CASE WHEN j.status IN ('released', 'cancelled') THEN 0
                        ELSE j.funded_sats END"""),
            new Check("escrow_without_job", """
                    SELECT account || ' holds ' || SUM(amount) || ' ' || asset || ' but no such job exists'
                    FROM ledger_entries WHERE account LIKE 'escrow:%'
                        AND substr(account, 8) NOT IN (SELECT id FROM jobs)
                    GROUP BY account, asset HAVING SUM(amount) <> 0"""),
            new Check("funded_status_mismatch", """
                    SELECT 'job ' || id || ' is ' || status || ' with ' || funded_sats || ' of '
                        || amount_sats || ' sats funded'
                    FROM jobs WHERE status IN ('funded', 'submitted', 'approved', 'released')
                        AND funded_sats <> amount_sats"""),
            new Check("paid_invoice_not_booked", """
                    SELECT 'invoice ' || i.id || ' received ' || COALESCE(i.received_sats, 0)
                        || ' sats but the ledger booked ' || COALESCE(b.booked, 0)
                    FROM invoices i LEFT JOIN (
                        SELECT t.reference AS invoice_id, SUM(e.amount) AS booked
                        FROM ledger_transactions t JOIN ledger_entries e ON e.transaction_id = t.id
                        WHERE t.kind IN ('escrow_funding', 'overpayment') AND e.amount > 0
                        GROUP BY t.reference) b ON b.invoice_id = i.id
                    WHERE (i.status = 'paid' AND COALESCE(b.booked, 0) <> COALESCE(i.received_sats, 0))
                        OR (i.status <> 'paid' AND COALESCE(b.booked, 0) <> 0)"""),
            new Check("conversion_not_booked", """
                    SELECT 'conversion ' || c.id || ' has no ledger movement' FROM conversions c
                    WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions t
                        WHERE t.kind = 'conversion' AND t.reference = c.id)"""),
            new Check("withdrawal_not_booked", """
                    SELECT 'withdrawal ' || w.id || ' has no ledger movement' FROM withdrawals w
                    WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions t
                        WHERE t.kind = 'withdrawal' AND t.reference = w.id)"""),
            new Check("movement_without_record", """
                    SELECT t.kind || ' ' || t.reference || ' is booked but has no '
                        || CASE t.kind WHEN 'conversion' THEN 'conversion' ELSE 'withdrawal' END || ' row'
                    FROM ledger_transactions t
                    WHERE (t.kind = 'conversion' AND t.reference NOT IN (SELECT id FROM conversions))
                        OR (t.kind = 'withdrawal' AND t.reference NOT IN (SELECT id FROM withdrawals))"""),
            new Check("unmatched_payment_notice", """
                    SELECT 'a paid notice for unknown invoice ' || invoice_id || ' ('
                        || COALESCE(received_sats, 0) || ' sats) has not been booked'
                    FROM early_payment_notices WHERE status = 'paid'
                        AND invoice_id NOT IN (SELECT id FROM invoices)"""));

    /** Runs every check and returns the inconsistencies found; an empty list means the books are sound. */
    public List<Violation> verify(Connection connection) throws SQLException {
        List<Violation> violations = new ArrayList<>();
        for (Check check : CHECKS) {
            try (PreparedStatement query = connection.prepareStatement(check.sql());
                    ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    violations.add(new Violation(check.name(), row.getString(1)));
                }
            }
        }
        return violations;
    }
}
