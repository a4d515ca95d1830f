package com.paylyt.server.jobs;

import com.paylyt.model.api.CompleteJobRequest;
import com.paylyt.model.api.CreateJobRequest;
import com.paylyt.server.http.AccessControl;
import com.paylyt.server.http.RequestBodies;
import com.paylyt.server.invoices.InvoiceService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** HTTP for {@code /api/jobs}. */
public final class JobController {

    private static final String JOB_ID = "id";

    private final JobService jobs;
    private final InvoiceService invoices;
    private final RequestBodies bodies;

    public JobController(JobService jobs, InvoiceService invoices, RequestBodies bodies) {
        this.jobs = jobs;
        this.invoices = invoices;
        this.bodies = bodies;
    }

    public void create(Context ctx) {
        CreateJobRequest request = bodies.read(ctx, CreateJobRequest.class);
        ctx.status(HttpStatus.CREATED).json(jobs.create(AccessControl.currentUser(ctx), request));
    }

    public void list(Context ctx) {
        ctx.json(jobs.list(AccessControl.currentUser(ctx), ctx.queryParam("role"), ctx.queryParam("status")));
    }

    public void listOpen(Context ctx) {
        ctx.json(jobs.listOpen(AccessControl.currentUser(ctx)));
    }

    public void get(Context ctx) {
        ctx.json(jobs.get(AccessControl.currentUser(ctx), ctx.pathParam(JOB_ID)));
    }

    public void status(Context ctx) {
        ctx.json(jobs.status(AccessControl.currentUser(ctx), ctx.pathParam(JOB_ID)));
    }

    public void accept(Context ctx) {
        ctx.json(jobs.accept(AccessControl.currentUser(ctx), ctx.pathParam(JOB_ID)));
    }

    /** 201 with a new invoice, or 200 with the pending one that is still valid. */
    public void invoice(Context ctx) {
        InvoiceService.FundingInvoice funding = invoices.fund(AccessControl.currentUser(ctx), ctx.pathParam(JOB_ID));
        ctx.status(funding.created() ? HttpStatus.CREATED : HttpStatus.OK).json(funding.invoice());
    }

    public void complete(Context ctx) {
        CompleteJobRequest request = bodies.readOptional(ctx, CompleteJobRequest.class);
        ctx.json(jobs.complete(AccessControl.currentUser(ctx), ctx.pathParam(JOB_ID), request));
    }

    public void approve(Context ctx) {
        ctx.json(jobs.approve(AccessControl.currentUser(ctx), ctx.pathParam(JOB_ID)));
    }

    public void release(Context ctx) {
        ctx.json(jobs.release(AccessControl.currentUser(ctx), ctx.pathParam(JOB_ID)));
    }

    public void cancel(Context ctx) {
        ctx.json(jobs.cancel(AccessControl.currentUser(ctx), ctx.pathParam(JOB_ID)));
    }
}
