package com.paylyt.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.api.ApiJson;
import com.paylyt.model.api.CompleteJobRequest;
import com.paylyt.model.api.CreateJobRequest;
import com.paylyt.model.api.LoginRequest;
import com.paylyt.model.api.RegisterRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wallet's convert and withdraw forms, for a freelancer paid 100,000 sats through the API. */
class WalletFormsTest extends DesktopUiTest {

    @BeforeEach
    void payFreelancerThroughApi() {
        waitForShowing("#loginSubmit");
        ApiClient client = registerAndSignIn("cole");
        ApiClient freelancer = registerAndSignIn("wendy");
        String deadline = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).toString();
        String jobId = client.createJob(new CreateJobRequest("Proofread a thesis", "Chapter one.",
                new BigDecimal("100.00"), "USD", new BigDecimal("0.001"), deadline, null, "wendy")).id();
        client.simulatePayment(client.createInvoice(jobId).invoiceId());
        freelancer.complete(jobId, new CompleteJobRequest("Done.", null));
        client.approve(jobId);
        client.release(jobId);

        signIn("wendy");
        press("#navWallet");
        waitForText("#balanceSats", "100,000 sats");
    }

    @Test
    void targetCurrencySurvivesConversion() {
        interact(() -> convertCurrencyBox().setValue("EUR"));
        type("#convertAmount", "0.0002");
        press("#previewConvert");
        waitForText("#convertPreview", "EUR");
        press("#confirmConvert");
        waitForText("#balanceSats", "80,000 sats");

        assertThat(onFx(() -> convertCurrencyBox().getValue())).isEqualTo("EUR");

        type("#convertAmount", "0.0001");
        press("#previewConvert");
        waitForText("#convertPreview", "Sell 10,000 sats");
        assertThat(text("#convertPreview")).contains("EUR");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> convertCurrencyBox() {
        return lookup("#convertCurrency").queryAs(ComboBox.class);
    }

    private ApiClient registerAndSignIn(String name) {
        ApiClient anonymous = new ApiClient(serverUrl(), ApiJson.mapper(), () -> null);
        anonymous.register(new RegisterRequest(name, name + "@example.com", PASSWORD));
        String token = anonymous.login(new LoginRequest(name + "@example.com", PASSWORD)).token();
        return new ApiClient(serverUrl(), ApiJson.mapper(), () -> token);
    }
}
