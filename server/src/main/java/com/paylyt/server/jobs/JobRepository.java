package com.paylyt.server.jobs;

import com.paylyt.model.api.StatusChange;
import com.paylyt.model.api.UserSummary;
import com.paylyt.model.job.JobStatus;
import com.paylyt.model.money.FiatMoney;
import com.paylyt.model.money.Satoshis;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** SQL for jobs, their milestones and their status history. */
public final class JobRepository {

    private static final String SELECT = "SELECT j.*, c.username AS client_username, f.username AS freelancer_username"
            + " FROM jobs j JOIN users c ON c.id = j.client_id LEFT JOIN users f ON f.id = j.freelancer_id";
    /** Lists stop here; older jobs are still reachable by id. */
    private static final int LIST_LIMIT = 200;

    public void insert(Connection connection, Job job, List<Milestone> milestones) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO jobs (id, client_id, freelancer_id,"
                + " title, description, amount_fiat_minor, fiat_currency, amount_sats, funded_sats, deadline, status,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")) {
            insert.setString(1, job.id());
            insert.setString(2, job.client().id());
            insert.setString(3, job.freelancer() == null ? null : job.freelancer().id());
            insert.setString(4, job.title());
            insert.setString(5, job.description());
            insert.setLong(6, job.amountFiat().minorUnits());
            insert.setString(7, job.amountFiat().currencyCode());
            insert.setLong(8, job.amount().value());
            insert.setString(9, job.deadline().toString());
            insert.setString(10, job.status().wireName());
            insert.setString(11, job.createdAt().toString());
            insert.setString(12, job.updatedAt().toString());
            insert.executeUpdate();
        }
        insertMilestones(connection, job.id(), milestones);
    }

    private static void insertMilestones(Connection connection, String jobId, List<Milestone> milestones)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO milestones (job_id, position, title, amount_sats) VALUES (?, ?, ?, ?)")) {
            for (Milestone milestone : milestones) {
                insert.setString(1, jobId);
                insert.setInt(2, milestone.position());
                insert.setString(3, milestone.title());
                insert.setLong(4, milestone.amount().value());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public Optional<Job> findById(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE j.id = ?")) {
            query.setString(1, id);
            List<Job> found = list(query);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /**
     * Lists the user's jobs, newest first.
     *
     * @param asClient include jobs where the user is the client
     * @param asFreelancer include jobs where the user is the freelancer
     * @param status only jobs in this status, or null for all
     */
    public List<Job> listForUser(Connection connection, String userId, boolean asClient, boolean asFreelancer,
            JobStatus status) throws SQLException {
        String sql = SELECT + " WHERE ((? AND j.client_id = ?) OR (? AND j.freelancer_id = ?))"
                + " AND (? IS NULL OR j.status = ?) ORDER BY j.created_at DESC, j.rowid DESC LIMIT " + LIST_LIMIT;
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setBoolean(1, asClient);
            query.setString(2, userId);
            query.setBoolean(3, asFreelancer);
            query.setString(4, userId);
            query.setString(5, status == null ? null : status.wireName());
            query.setString(6, status == null ? null : status.wireName());
            return list(query);
        }
    }

    /** Lists jobs without a freelancer that are still open to take, excluding the caller's own. */
    public List<Job> listOpen(Connection connection, String excludeClientId) throws SQLException {
        String sql = SELECT + " WHERE j.freelancer_id IS NULL AND j.status IN ('awaiting_funding', 'funded')"
                + " AND j.client_id <> ? ORDER BY j.created_at DESC, j.rowid DESC LIMIT " + LIST_LIMIT;
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, excludeClientId);
            return list(query);
        }
    }

    /** Moves a job from {@code from} to {@code to}; returns false when it was not in {@code from}. */
    public boolean transition(Connection connection, String id, JobStatus from, JobStatus to, Instant at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE jobs SET status = ?, updated_at = ?,"
                + " version = version + 1 WHERE id = ? AND status = ?")) {
            update.setString(1, to.wireName());
            update.setString(2, at.toString());
            update.setString(3, id);
            update.setString(4, from.wireName());
            return update.executeUpdate() == 1;
        }
    }

    /** Sets the freelancer of a job that has none; returns false when it already has one. */
    public boolean assignFreelancer(Connection connection, String id, String freelancerId, Instant at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE jobs SET freelancer_id = ?,"
                + " updated_at = ?, version = version + 1 WHERE id = ? AND freelancer_id IS NULL")) {
            update.setString(1, freelancerId);
            update.setString(2, at.toString());
            update.setString(3, id);
            return update.executeUpdate() == 1;
        }
    }

    public void saveDeliverable(Connection connection, String id, String note, String url, Instant at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE jobs SET deliverable_note = ?,"
                + " deliverable_url = ?, submitted_at = ? WHERE id = ?")) {
            update.setString(1, note);
            update.setString(2, url);
            update.setString(3, at.toString());
            update.setString(4, id);
            update.executeUpdate();
        }
    }

    /**
     * Adds sats to a job's escrow while it awaits funding; returns false (and changes nothing) when the job is
     * in another status or the amount would exceed the job's price.
     */
    public boolean addFunding(Connection connection, String id, Satoshis sats, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE jobs SET funded_sats = funded_sats + ?,"
                + " updated_at = ?, version = version + 1 WHERE id = ? AND status = 'awaiting_funding'"
                + " AND funded_sats + ? <= amount_sats")) {
            update.setLong(1, sats.value());
            update.setString(2, at.toString());
            update.setString(3, id);
            update.setLong(4, sats.value());
            return update.executeUpdate() == 1;
        }
    }

    public List<Milestone> milestones(Connection connection, String jobId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT position, title, amount_sats FROM milestones WHERE job_id = ? ORDER BY position")) {
            query.setString(1, jobId);
            List<Milestone> milestones = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    milestones.add(new Milestone(row.getInt(1), row.getString(2), Satoshis.of(row.getLong(3))));
                }
            }
            return milestones;
        }
    }

    public void addEvent(Connection connection, String jobId, JobStatus status, String actor, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO job_events (job_id, status, actor, at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, jobId);
            insert.setString(2, status.wireName());
            insert.setString(3, actor);
            insert.setString(4, at.toString());
            insert.executeUpdate();
        }
    }

    /** Returns the job's status changes, oldest first. */
    public List<StatusChange> history(Connection connection, String jobId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT status, at, actor FROM job_events WHERE job_id = ? ORDER BY id")) {
            query.setString(1, jobId);
            List<StatusChange> history = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    history.add(new StatusChange(JobStatus.fromWireName(row.getString(1)),
                            Instant.parse(row.getString(2)), row.getString(3)));
                }
            }
            return history;
        }
    }

    private static List<Job> list(PreparedStatement query) throws SQLException {
        List<Job> jobs = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                jobs.add(map(row));
            }
        }
        return jobs;
    }

    private static Job map(ResultSet row) throws SQLException {
        String freelancerId = row.getString("freelancer_id");
        Currency currency = Currency.getInstance(row.getString("fiat_currency"));
        String submittedAt = row.getString("submitted_at");
        return new Job(
                row.getString("id"),
                new UserSummary(row.getString("client_id"), row.getString("client_username")),
                freelancerId == null ? null : new UserSummary(freelancerId, row.getString("freelancer_username")),
                row.getString("title"),
                row.getString("description"),
                new FiatMoney(row.getLong("amount_fiat_minor"), currency),
                Satoshis.of(row.getLong("amount_sats")),
                Satoshis.of(row.getLong("funded_sats")),
                Instant.parse(row.getString("deadline")),
                JobStatus.fromWireName(row.getString("status")),
                row.getString("deliverable_note"),
                row.getString("deliverable_url"),
                submittedAt == null ? null : Instant.parse(submittedAt),
                Instant.parse(row.getString("created_at")),
                Instant.parse(row.getString("updated_at")));
    }
}
