package com.paylyt.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.desktop.api.ApiClient;
import com.paylyt.desktop.api.ApiJson;
import com.paylyt.model.api.CompleteJobRequest;
import com.paylyt.model.api.ConvertRequest;
import com.paylyt.model.api.CreateJobRequest;
import com.paylyt.model.api.LoginRequest;
import com.paylyt.model.api.RegisterRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wallet's convert and withdraw forms, for a freelancer paid 100,000 sats through the API. */
class WalletFormsTest extends DesktopUiTest {

    private ApiClient freelancer;

    @BeforeEach
    void payFreelancerThroughApi() {
        waitForShowing("#loginSubmit");
        ApiClient client = registerAndSignIn("cole");
        freelancer = registerAndSignIn("wendy");
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

    @Test
    void withdrawalAsksForConfirmation() {
        freelancer.convert(new ConvertRequest(new BigDecimal("0.0002"), "USD"));
        press("#refreshWallet");
        waitUntil("USD can be withdrawn", () -> "USD".equals(
                lookup("#withdrawCurrency").queryComboBox().getValue()));
        type("#withdrawAmount", "5");
        type("#withdrawDestination", "IBAN DE00 1234");

        press("#withdrawButton");
        waitForText(".dialog-pane .content", "Amount: 5.00 USD");
        assertThat(text(".dialog-pane .content")).contains("Destination: IBAN DE00 1234");
        type(KeyCode.ESCAPE);
        waitUntil("the question closes", () -> !isShowing("#confirmAction"));
        assertThat(text("#withdrawMessage")).isEmpty();

        press("#withdrawButton");
        waitForShowing("#confirmAction");
        press("#confirmAction");
        waitForText("#withdrawMessage", "Withdrawal of 5.00 USD");
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
