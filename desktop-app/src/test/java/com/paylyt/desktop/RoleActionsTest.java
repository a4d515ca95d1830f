package com.paylyt.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.api.ApiJson;
import com.paylyt.model.api.CreateJobRequest;
import com.paylyt.model.api.LoginRequest;
import com.paylyt.model.api.RegisterRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shows each party only the buttons for the actions it may take now. */
class RoleActionsTest extends DesktopUiTest {

    private static final String NAMED = "Write API docs";
    private static final String OPEN = "Fix a CSS bug";

    private ApiClient cora;
    private String namedJobId;

    @BeforeEach
    void postJobsThroughApi() {
        waitForShowing("#loginSubmit");
        for (String name : new String[] {"cora", "finn", "olaf"}) {
            new ApiClient(serverUrl(), ApiJson.mapper(), () -> null)
                    .register(new RegisterRequest(name, name + "@example.com", PASSWORD));
        }
        String token = new ApiClient(serverUrl(), ApiJson.mapper(), () -> null)
                .login(new LoginRequest("cora@example.com", PASSWORD)).token();
        cora = new ApiClient(serverUrl(), ApiJson.mapper(), () -> token);
        namedJobId = cora.createJob(job(NAMED, "finn")).id();
        cora.createJob(job(OPEN, null));
    }

    @Test
    void freelancerCannotActBeforeFunding() {
        signIn("finn");
        openDashboardTab("As freelancer");
        openJobRow("#freelancerJobs", NAMED);

        waitForText("#jobStatus .badge", "Awaiting funding");
        assertThat(isShowing("#noActions")).isTrue();
        assertThat(isShowing("#fundJob")).isFalse();
        assertThat(isShowing("#cancelJob")).isFalse();
        assertThat(isShowing("#submitDeliverable")).isFalse();
        assertThat(isShowing("#acceptJob")).isFalse();
    }

    @Test
    void clientMayFundOrCancel() {
        signIn("cora");
        openJobRow("#clientJobs", NAMED);

        waitForShowing("#fundJob");
        assertThat(isShowing("#cancelJob")).isTrue();
        assertThat(isShowing("#acceptJob")).isFalse();
        assertThat(isShowing("#submitDeliverable")).isFalse();
        assertThat(isShowing("#approveJob")).isFalse();

        press("#cancelJob");
        waitForShowing("#confirmAction");
        press("#confirmAction");
        waitForText("#jobStatus .badge", "Cancelled");
        assertThat(isShowing("#noActions")).isTrue();
    }

    @Test
    void otherUserAcceptsOpenJob() {
        signIn("olaf");
        openDashboardTab("Open jobs");
        waitUntil("the open job is listed", () -> isShowing("#openJobs .accept-button"));
        press("#openJobs .accept-button");

        waitForText("#jobTitleLabel", OPEN);
        waitForText("#job-freelancer", "olaf");
        assertThat(isShowing("#acceptJob")).isFalse();
        assertThat(isShowing("#fundJob")).isFalse();
    }

    @Test
    void rejectedLinkIsMarkedBesideItsField() {
        cora.simulatePayment(cora.createInvoice(namedJobId).invoiceId());
        signIn("finn");
        openDashboardTab("As freelancer");
        openJobRow("#freelancerJobs", NAMED);
        waitForShowing("#submitDeliverable");

        type("#deliverableNoteField", "Docs attached.");
        type("#deliverableLinkField", "javascript:alert(1)");
        press("#submitDeliverable");

        waitForText("#deliverableLinkError", "must be an http or https link");
        assertThat(text("#jobMessage")).contains("Check the marked fields");
        assertThat(text("#deliverableNoteError")).isEmpty();
        assertThat(text("#deliverableLinkField")).isEqualTo("javascript:alert(1)");

        type("#deliverableLinkField", "https://docs.example.com/api.zip");
        assertThat(text("#deliverableLinkError")).isEmpty();
        press("#submitDeliverable");
        waitForText("#jobStatus .badge", "Submitted");
    }

    private static CreateJobRequest job(String title, String freelancer) {
        String deadline = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).toString();
        return new CreateJobRequest(title, "Details inside.", new BigDecimal("80.00"), "USD",
                new BigDecimal("0.001"), deadline, null, freelancer);
    }
}
