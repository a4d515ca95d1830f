package com.paylyt.desktop.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import com.paylyt.model.api.Problem;
import com.paylyt.model.api.RatesView;
import com.paylyt.model.api.RegisterRequest;
import com.paylyt.model.api.UserView;
import com.paylyt.model.api.WalletView;
import com.paylyt.model.api.WithdrawRequest;
import com.paylyt.model.api.WithdrawalView;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A typed client of the PayLyt REST API. Every method blocks on the network, so callers run it off the JavaFX
 * application thread.
 *
 * @throws ProblemException from every method when the server responds with an error status
 * @throws ServerUnreachableException from every method when no HTTP response arrives
 */
public final class ApiClient {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final Supplier<String> token;
    private volatile String baseUrl;

    /**
     * Creates a client.
     *
     * @param baseUrl the API root such as {@code http://127.0.0.1:3000/api}
     * @param token the current bearer token, or null when signed out
     */
    public ApiClient(String baseUrl, ObjectMapper mapper, Supplier<String> token) {
        this(baseUrl, mapper, token, Duration.ofSeconds(30));
    }

    /** Creates a client whose calls give up after {@code callTimeout}, such as a quick probe of a port. */
    public ApiClient(String baseUrl, ObjectMapper mapper, Supplier<String> token, Duration callTimeout) {
        this.baseUrl = trimSlash(baseUrl);
        // The server may add fields to any response, so unknown ones are ignored here.
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.token = token;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(20))
                .callTimeout(callTimeout)
                .build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = trimSlash(baseUrl);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public HealthView health() {
        return get("/health", HealthView.class);
    }

    public RatesView rates() {
        return get("/rates", RatesView.class);
    }

    public UserView register(RegisterRequest request) {
        return post("/auth/register", request, UserView.class);
    }

    public LoginResponse login(LoginRequest request) {
        return post("/auth/login", request, LoginResponse.class);
    }

    public void logout() {
        post("/auth/logout", Map.of(), Void.class);
    }

    public UserView me() {
        return get("/auth/me", UserView.class);
    }

    /** Lists the caller's jobs; {@code role} is {@code client}, {@code freelancer} or null for both. */
    public JobList jobs(String role) {
        return get(role == null ? "/jobs" : "/jobs?role=" + role, JobList.class);
    }

    public JobList openJobs() {
        return get("/jobs/open", JobList.class);
    }

    public JobView job(String jobId) {
        return get("/jobs/" + segment(jobId), JobView.class);
    }

    public JobView createJob(CreateJobRequest request) {
        return post("/jobs", request, JobView.class);
    }

    public JobStatusView jobStatus(String jobId) {
        return get("/jobs/" + segment(jobId) + "/status", JobStatusView.class);
    }

    /** Returns the job's pending invoice, or a new one when there is none or it expired. */
    public InvoiceView createInvoice(String jobId) {
        return post("/jobs/" + segment(jobId) + "/invoice", Map.of(), InvoiceView.class);
    }

    public JobView accept(String jobId) {
        return post("/jobs/" + segment(jobId) + "/accept", Map.of(), JobView.class);
    }

    public JobView complete(String jobId, CompleteJobRequest request) {
        return post("/jobs/" + segment(jobId) + "/complete", request, JobView.class);
    }

    public JobView approve(String jobId) {
        return post("/jobs/" + segment(jobId) + "/approve", Map.of(), JobView.class);
    }

    public JobView release(String jobId) {
        return post("/jobs/" + segment(jobId) + "/release", Map.of(), JobView.class);
    }

    public JobView cancel(String jobId) {
        return post("/jobs/" + segment(jobId) + "/cancel", Map.of(), JobView.class);
    }

    /** Pays an invoice through the server's Lightning simulator; the server returns 404 when it has none. */
    public void simulatePayment(String invoiceId) {
        post("/simulator/invoices/" + segment(invoiceId) + "/pay", Map.of(), Void.class);
    }

    public WalletView wallet() {
        return get("/wallet", WalletView.class);
    }

    /** Returns what a conversion would give at the current rate, without moving any money. */
    public ConversionView previewConversion(ConvertRequest request) {
        return post("/wallet/convert/preview", request, ConversionView.class);
    }

    public ConversionView convert(ConvertRequest request) {
        return post("/wallet/convert", request, ConversionView.class);
    }

    public WithdrawalView withdraw(WithdrawRequest request) {
        return post("/wallet/withdraw", request, WithdrawalView.class);
    }

    private <T> T get(String path, Class<T> type) {
        return execute(path, newRequest(path).get().build(), type);
    }

    private <T> T post(String path, Object body, Class<T> type) {
        return execute(path, newRequest(path).post(RequestBody.create(toJson(body), JSON)).build(), type);
    }

    private Request.Builder newRequest(String path) {
        Request.Builder builder = new Request.Builder().url(baseUrl + path).header("Accept", "application/json");
        String bearer = token.get();
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private <T> T execute(String path, Request request, Class<T> type) {
        String base = baseUrl;
        try (Response response = http.newCall(request).execute()) {
            String body = readBody(response.body());
            if (!response.isSuccessful()) {
                throw new ProblemException(toProblem(response, body), path);
            }
            if (type == Void.class || body.isBlank()) {
                return null;
            }
            JavaType javaType = mapper.constructType(type);
            return mapper.readValue(body, javaType);
        } catch (JsonProcessingException e) {
            throw new ProblemException(unreadable(request, e), path);
        } catch (IOException e) {
            throw new ServerUnreachableException(base, e);
        }
    }

    private Problem toProblem(Response response, String body) {
        try {
            Problem problem = mapper.readValue(body, Problem.class);
            if (problem.status() != 0) {
                return problem;
            }
        } catch (JsonProcessingException e) {
            // Not a problem document (a proxy's HTML page, say): describe the bare status below.
        }
        String title = response.message().isBlank() ? "HTTP " + response.code() : response.message();
        return new Problem("about:blank", title, response.code(), title, "http_" + response.code(), null);
    }

    private static Problem unreadable(Request request, JsonProcessingException e) {
        String detail = "The server's response to " + request.url().encodedPath() + " could not be read: "
                + e.getOriginalMessage();
        return new Problem("about:blank", "Unreadable response", 0, detail, "unreadable_response", null);
    }

    private byte[] toJson(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String readBody(ResponseBody body) throws IOException {
        return body == null ? "" : body.string();
    }

    private static String segment(String value) {
        Objects.requireNonNull(value, "path segment");
        return HttpUrl.parse("http://x/").newBuilder().addPathSegment(value).build().encodedPath().substring(1);
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
