package com.paylyt.server.openapi;

import static com.paylyt.server.openapi.ApiOperation.Access.ANYONE;
import static com.paylyt.server.openapi.ApiOperation.Access.WEBHOOK_SIGNATURE;
import static com.paylyt.server.openapi.ApiOperation.get;
import static com.paylyt.server.openapi.ApiOperation.post;

import com.paylyt.model.api.ChangePasswordRequest;
import com.paylyt.model.api.CompleteJobRequest;
import com.paylyt.model.api.ConversionView;
import com.paylyt.model.api.ConvertRequest;
import com.paylyt.model.api.CreateJobRequest;
import com.paylyt.model.api.HealthView;
import com.paylyt.model.api.InvoiceView;
import com.paylyt.model.api.JobList;
import com.paylyt.model.api.JobStatusView;
import com.paylyt.model.api.JobView;
import com.paylyt.model.api.LoginRequest;
import com.paylyt.model.api.LoginResponse;
import com.paylyt.model.api.RatesView;
import com.paylyt.model.api.RegisterRequest;
import com.paylyt.model.api.UserView;
import com.paylyt.model.api.WalletView;
import com.paylyt.model.api.WebhookAck;
import com.paylyt.model.api.WithdrawRequest;
import com.paylyt.model.api.WithdrawalView;
import com.paylyt.model.job.JobStatus;
import com.paylyt.server.http.ErrorCode;
import com.paylyt.server.http.Routes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The documentation of every route that {@link Routes} registers. A test compares this list with the routes of
 * a running server, so a route added there without an entry here fails the build.
 */
final class ApiOperations {

    private static final String BASE = Routes.BASE_PATH;

    private ApiOperations() {
    }

    /** Returns the operations of a server; the simulator's route exists only while the simulator is active. */
    static List<ApiOperation> all(boolean simulatorActive) {
        List<ApiOperation> operations = new ArrayList<>();
        operations.addAll(system());
        operations.addAll(auth());
        operations.addAll(jobs());
        operations.addAll(wallet());
        operations.add(post(BASE + "/webhooks/bitnob", "receiveBitnobWebhook", "webhooks",
                "Applies a payment report from Bitnob; a repeated event is acknowledged once")
                .access(WEBHOOK_SIGNATURE)
                .body(HandWrittenSchemas.BITNOB_WEBHOOK, true)
                .returns(200, WebhookAck.class));
        if (simulatorActive) {
            operations.add(post(BASE + "/simulator/invoices/{invoice_id}/pay", "paySimulatedInvoice", "simulator",
                    "Pays a simulated invoice as an outside wallet would; served only with the simulated provider")
                    .access(ANYONE)
                    .body(HandWrittenSchemas.SIMULATED_PAYMENT_REQUEST, false)
                    .returns(200, HandWrittenSchemas.SIMULATED_PAYMENT)
                    .errors(ErrorCode.NOT_FOUND, ErrorCode.INVALID_STATE, ErrorCode.PROVIDER_UNAVAILABLE));
        }
        return operations;
    }

    private static List<ApiOperation> system() {
        return List.of(
                get(BASE + "/health", "getHealth", "system",
                        "Reports that the server is up, with its version and Lightning provider")
                        .access(ANYONE)
                        .returns(200, HealthView.class),
                get(BASE + "/openapi.json", "getOpenApiDocument", "system", "Returns this OpenAPI document")
                        .access(ANYONE)
                        .returnsMedia("application/json", "The OpenAPI 3.1 document of this server"),
                get(BASE + "/docs", "getApiDocsPage", "system", "Shows this document in Swagger UI")
                        .access(ANYONE)
                        .returnsMedia("text/html", "The Swagger UI page"),
                get(BASE + "/docs/{asset}", "getApiDocsAsset", "system",
                        "Returns a script, style sheet or image of the Swagger UI page")
                        .access(ANYONE)
                        .returnsMedia("application/octet-stream", "The file, with its own content type")
                        .errors(ErrorCode.NOT_FOUND));
    }

    private static List<ApiOperation> auth() {
        return List.of(
                post(BASE + "/auth/register", "register", "auth", "Creates an account")
                        .access(ANYONE)
                        .body(RegisterRequest.class, true)
                        .returns(201, UserView.class)
                        .errors(ErrorCode.CONFLICT),
                post(BASE + "/auth/login", "login", "auth", "Signs in and returns a bearer token")
                        .access(ANYONE)
                        .body(LoginRequest.class, true)
                        .returns(200, LoginResponse.class)
                        .errors(ErrorCode.INVALID_CREDENTIALS, ErrorCode.TOO_MANY_REQUESTS),
                get(BASE + "/auth/me", "getCurrentUser", "auth", "Returns the signed-in user")
                        .returns(200, UserView.class),
                post(BASE + "/auth/logout", "logout", "auth", "Revokes every token of the signed-in user")
                        .returns(204, null),
                post(BASE + "/auth/password", "changePassword", "auth",
                        "Changes the password, revokes older tokens and returns a new token")
                        .body(ChangePasswordRequest.class, true)
                        .returns(200, LoginResponse.class));
    }

    private static List<ApiOperation> jobs() {
        List<String> statuses = Arrays.stream(JobStatus.values()).map(JobStatus::wireName).toList();
        return List.of(
                post(BASE + "/jobs", "createJob", "jobs", "Creates a job with the caller as the client")
                        .body(CreateJobRequest.class, true)
                        .returns(201, JobView.class),
                get(BASE + "/jobs", "listJobs", "jobs", "Lists the jobs the caller is a party to")
                        .query("role", "Only jobs where the caller has this role", List.of("client", "freelancer"))
                        .query("status", "Only jobs in this status", statuses)
                        .returns(200, JobList.class),
                get(BASE + "/jobs/open", "listOpenJobs", "jobs",
                        "Lists jobs that have no freelancer yet and that the caller did not post")
                        .returns(200, JobList.class),
                jobAction(get(BASE + "/jobs/{id}", "getJob", "jobs", "Returns a job")),
                get(BASE + "/jobs/{id}/status", "getJobStatus", "jobs",
                        "Returns a job's status, funding and current invoice")
                        .returns(200, JobStatusView.class)
                        .errors(ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN),
                jobAction(post(BASE + "/jobs/{id}/accept", "acceptJob", "jobs",
                        "Takes an open job as its freelancer"))
                        .errors(ErrorCode.INVALID_STATE, ErrorCode.CONFLICT),
                post(BASE + "/jobs/{id}/invoice", "createFundingInvoice", "jobs",
                        "Creates the Lightning invoice that funds the job, or returns the pending one still valid")
                        .returns(201, InvoiceView.class)
                        .alsoReturns(200)
                        .errors(ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN, ErrorCode.INVALID_STATE,
                                ErrorCode.PROVIDER_UNAVAILABLE),
                jobAction(post(BASE + "/jobs/{id}/complete", "completeJob", "jobs",
                        "Submits the work, with an optional note and deliverable link"))
                        .body(CompleteJobRequest.class, false)
                        .errors(ErrorCode.INVALID_STATE),
                jobAction(post(BASE + "/jobs/{id}/approve", "approveJob", "jobs", "Approves the submitted work"))
                        .errors(ErrorCode.INVALID_STATE),
                jobAction(post(BASE + "/jobs/{id}/release", "releaseJob", "jobs",
                        "Releases the escrowed funds to the freelancer's wallet"))
                        .errors(ErrorCode.INVALID_STATE),
                jobAction(post(BASE + "/jobs/{id}/cancel", "cancelJob", "jobs",
                        "Cancels a job and refunds any funds to the client"))
                        .errors(ErrorCode.INVALID_STATE));
    }

    private static ApiOperation jobAction(ApiOperation operation) {
        return operation.returns(200, JobView.class).errors(ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN);
    }

    private static List<ApiOperation> wallet() {
        return List.of(
                get(BASE + "/wallet", "getWallet", "wallet", "Returns the caller's balances and transactions")
                        .returns(200, WalletView.class),
                post(BASE + "/wallet/convert", "convert", "wallet", "Converts bitcoin to a fiat balance")
                        .body(ConvertRequest.class, true)
                        .returns(200, ConversionView.class)
                        .errors(ErrorCode.INSUFFICIENT_FUNDS, ErrorCode.RATE_UNAVAILABLE),
                post(BASE + "/wallet/convert/preview", "previewConversion", "wallet",
                        "Quotes a conversion without moving funds")
                        .body(ConvertRequest.class, true)
                        .returns(200, ConversionView.class)
                        .errors(ErrorCode.INSUFFICIENT_FUNDS, ErrorCode.RATE_UNAVAILABLE),
                post(BASE + "/wallet/withdraw", "withdraw", "wallet", "Withdraws a fiat balance to a destination")
                        .body(WithdrawRequest.class, true)
                        .returns(200, WithdrawalView.class)
                        .errors(ErrorCode.INSUFFICIENT_FUNDS, ErrorCode.PROVIDER_UNAVAILABLE),
                get(BASE + "/rates", "getRates", "wallet", "Returns the exchange rates conversions use")
                        .returns(200, RatesView.class)
                        .errors(ErrorCode.RATE_UNAVAILABLE));
    }
}
