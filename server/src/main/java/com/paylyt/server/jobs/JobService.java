package com.paylyt.server.jobs;

import com.paylyt.model.api.CompleteJobRequest;
import com.paylyt.model.api.CreateJobRequest;
import com.paylyt.model.api.JobList;
import com.paylyt.model.api.JobStatusView;
import com.paylyt.model.api.JobView;
import com.paylyt.model.job.JobAction;
import com.paylyt.model.job.JobParty;
import com.paylyt.model.job.JobStateMachine;
import com.paylyt.model.job.JobStatus;
import com.paylyt.server.auth.User;
import com.paylyt.server.auth.UserRepository;
import com.paylyt.server.db.Database;
import com.paylyt.server.http.ApiProblem;
import com.paylyt.server.http.ErrorCode;
import com.paylyt.server.invoices.InvoiceRepository;
import com.paylyt.server.invoices.InvoiceViews;
import com.paylyt.server.ledger.Accounts;
import com.paylyt.server.ledger.Asset;
import com.paylyt.server.ledger.Ledger;
import com.paylyt.server.ledger.Movement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jobs and their escrow flow. Each status change, its history entry and its ledger movement commit in one
 * transaction, guarded by a conditional update on the expected status.
 */
public final class JobService {

    private static final Logger log = LoggerFactory.getLogger(JobService.class);

    private final Database database;
    private final JobRepository jobs;
    private final UserRepository users;
    private final InvoiceRepository invoices;
    private final JobViews views;
    private final NewJobValidator validator;
    private final DeliverableValidator deliverables;
    private final Ledger ledger;
    private final Clock clock;

    public JobService(Database database, JobRepository jobs, UserRepository users, InvoiceRepository invoices,
            Ledger ledger, Clock clock) {
        this.database = database;
        this.jobs = jobs;
        this.users = users;
        this.invoices = invoices;
        this.ledger = ledger;
        this.clock = clock;
        this.views = new JobViews(jobs);
        this.validator = new NewJobValidator(clock);
        this.deliverables = new DeliverableValidator();
    }

    public JobView create(User client, CreateJobRequest request) {
        NewJob newJob = validator.validate(request);
        Instant now = now();
        JobView view = database.write(connection -> {
            User freelancer = newJob.freelancer() == null ? null : findFreelancer(connection, client, newJob);
            Job job = new Job(UUID.randomUUID().toString(), client.summary(),
                    freelancer == null ? null : freelancer.summary(), newJob.title(), newJob.description(),
                    newJob.amountFiat(), newJob.amount(), com.paylyt.model.money.Satoshis.ZERO, newJob.deadline(),
                    JobStatus.AWAITING_FUNDING, null, null, null, now, now);
            jobs.insert(connection, job, newJob.milestones());
            jobs.addEvent(connection, job.id(), JobStatus.AWAITING_FUNDING, client.username(), now);
            return views.view(connection, job, client.id());
        });
        log.info("User {} created job {} for {} sats", client.id(), view.id(), view.amountSats());
        return view;
    }

    private User findFreelancer(Connection connection, User client, NewJob newJob) throws SQLException {
        User freelancer = users.findByUsernameOrEmail(connection, newJob.freelancer())
                .orElseThrow(() -> ApiProblem.invalidField("freelancer",
                        "no user '" + newJob.freelancer() + "'; give an existing username or email"));
        if (freelancer.id().equals(client.id())) {
            throw ApiProblem.invalidField("freelancer", "must be someone other than the client");
        }
        return freelancer;
    }

    /**
     * Lists the caller's jobs, newest first.
     *
     * @param role {@code client}, {@code freelancer} or null for both
     * @param status a status wire name, or null for all
     */
    public JobList list(User caller, String role, String status) {
        if (role != null && !role.equals("client") && !role.equals("freelancer")) {
            throw ApiProblem.invalidField("role", "must be 'client' or 'freelancer'");
        }
        JobStatus statusFilter = status == null ? null : JobStatus.fromWireName(status);
        if (status != null && statusFilter == null) {
            throw ApiProblem.invalidField("status", "must be one of " + Arrays.stream(JobStatus.values())
                    .map(JobStatus::wireName).collect(Collectors.joining(", ")));
        }
        return database.read(connection -> new JobList(views.views(connection,
                jobs.listForUser(connection, caller.id(), !"freelancer".equals(role), !"client".equals(role),
                        statusFilter), caller.id())));
    }

    public JobList listOpen(User caller) {
        return database.read(connection ->
                new JobList(views.views(connection, jobs.listOpen(connection, caller.id()), caller.id())));
    }

    /** Returns a job to its parties, and an open job (no freelancer yet) to any signed-in user. */
    public JobView get(User caller, String jobId) {
        return database.read(connection -> {
            Job job = jobs.findById(connection, jobId).filter(found -> isVisible(found, caller))
                    .orElseThrow(() -> notFound(jobId));
            return views.view(connection, job, caller.id());
        });
    }

    public JobStatusView status(User caller, String jobId) {
        return database.read(connection -> {
            Job job = requireParty(connection, caller, jobId);
            return new JobStatusView(job.id(), job.status(), job.amount().value(), job.funded().value(),
                    invoices.findLatest(connection, jobId).map(InvoiceViews::withoutQrCode).orElse(null),
                    jobs.history(connection, jobId), job.updatedAt());
        });
    }

    public JobView accept(User caller, String jobId) {
        Instant now = now();
        JobView view = database.write(connection -> {
            // Not filtered by visibility: a user who lost the race for an open job gets 409, not 404.
            Job job = jobs.findById(connection, jobId).orElseThrow(() -> notFound(jobId));
            if (job.partyOf(caller.id()) == JobParty.CLIENT) {
                throw ApiProblem.forbidden("The client cannot take their own job");
            }
            if (job.hasFreelancer()) {
                throw new ApiProblem(ErrorCode.CONFLICT, "Job " + jobId + " already has a freelancer");
            }
            requireAllowed(job, JobAction.ACCEPT);
            if (!jobs.assignFreelancer(connection, jobId, caller.id(), now)) {
                throw new ApiProblem(ErrorCode.CONFLICT, "Job " + jobId + " already has a freelancer");
            }
            return views.view(connection, jobs.findById(connection, jobId).orElseThrow(), caller.id());
        });
        log.info("User {} took job {} as freelancer", caller.id(), jobId);
        return view;
    }

    public JobView complete(User caller, String jobId, CompleteJobRequest request) {
        CompleteJobRequest deliverable = deliverables.validate(request);
        return transition(caller, jobId, JobAction.COMPLETE, (connection, job, at) -> jobs.saveDeliverable(
                connection, jobId, deliverable.note(), deliverable.deliverableUrl(), at));
    }

    public JobView approve(User caller, String jobId) {
        return transition(caller, jobId, JobAction.APPROVE, (connection, job, at) -> { });
    }

    /** Releases the escrow to the freelancer's wallet, exactly once (the ledger's key is the job id). */
    public JobView release(User caller, String jobId) {
        return transition(caller, jobId, JobAction.RELEASE, (connection, job, at) -> ledger.post(connection,
                Movement.builder("release", jobId, "Payment for job \"" + job.title() + "\"")
                        .transfer(Accounts.escrow(jobId), Accounts.user(job.freelancer().id()), Asset.SATS,
                                job.funded().value())
                        .build()));
    }

    /** Cancels a job before it is funded; sats already paid towards it go back to the client's wallet. */
    public JobView cancel(User caller, String jobId) {
        return transition(caller, jobId, JobAction.CANCEL, (connection, job, at) -> {
            if (!job.funded().isZero()) {
                ledger.post(connection, Movement.builder("refund", jobId, "Refund of cancelled job \""
                                + job.title() + "\"")
                        .transfer(Accounts.escrow(jobId), Accounts.user(job.client().id()), Asset.SATS,
                                job.funded().value())
                        .build());
            }
        });
    }

    @FunctionalInterface
    private interface TransitionEffect {
        void apply(Connection connection, Job job, Instant at) throws SQLException;
    }

    private JobView transition(User caller, String jobId, JobAction action, TransitionEffect effect) {
        Instant now = now();
        JobView view = database.write(connection -> {
            Job job = requireParty(connection, caller, jobId);
            if (job.partyOf(caller.id()) != JobStateMachine.actor(action)) {
                throw ApiProblem.forbidden("Only the job's " + JobStateMachine.actor(action).name()
                        .toLowerCase(java.util.Locale.ROOT) + " may " + verb(action) + " it");
            }
            JobStatus next = requireAllowed(job, action);
            if (!jobs.transition(connection, jobId, job.status(), next, now)) {
                throw ApiProblem.invalidState("Job " + jobId + " changed while this request ran; reload it");
            }
            effect.apply(connection, job, now);
            jobs.addEvent(connection, jobId, next, caller.username(), now);
            return views.view(connection, jobs.findById(connection, jobId).orElseThrow(), caller.id());
        });
        log.info("Job {} is now {} ({} by user {})", jobId, view.status().wireName(), verb(action), caller.id());
        return view;
    }

    private static JobStatus requireAllowed(Job job, JobAction action) {
        return JobStateMachine.next(job.status(), action).orElseThrow(() -> ApiProblem.invalidState(
                "Cannot " + verb(action) + " job " + job.id() + " while it is " + job.status().wireName()
                        + "; it must be " + requiredStatuses(action)));
    }

    private static String requiredStatuses(JobAction action) {
        return Arrays.stream(JobStatus.values())
                .filter(status -> JobStateMachine.next(status, action).isPresent())
                .map(JobStatus::wireName)
                .collect(Collectors.joining(" or "));
    }

    private static String verb(JobAction action) {
        return action.name().toLowerCase(java.util.Locale.ROOT);
    }

    private Job requireParty(Connection connection, User caller, String jobId) throws SQLException {
        return jobs.findById(connection, jobId)
                .filter(job -> job.partyOf(caller.id()) != JobParty.OTHER)
                .orElseThrow(() -> notFound(jobId));
    }

    private static boolean isVisible(Job job, User caller) {
        return job.partyOf(caller.id()) != JobParty.OTHER || !job.hasFreelancer();
    }

    static ApiProblem notFound(String jobId) {
        return ApiProblem.notFound("No job " + jobId + " that you are a party to");
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
