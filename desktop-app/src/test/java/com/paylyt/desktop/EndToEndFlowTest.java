package com.paylyt.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** The whole escrow flow through the window, with a client and a freelancer signing in in turn. */
class EndToEndFlowTest extends DesktopUiTest {

    private static final String TITLE = "Logo for a bakery";

    @Test
    void clientAndFreelancerCompleteEscrowFlow() {
        register("frida", PASSWORD);
        signOut();
        register("carl", PASSWORD);

        postJobNamingFrida();
        assertThat(text("#jobTitleLabel")).isEqualTo(TITLE);
        waitForText("#jobStatus .badge", "Awaiting funding");
        assertThat(isShowing("#fundJob")).isTrue();
        assertThat(isShowing("#cancelJob")).isTrue();
        assertThat(isShowing("#submitDeliverable")).isFalse();
        assertThat(isShowing("#releaseJob")).isFalse();

        fundThroughInvoiceDialog();
        waitForText("#jobStatus .badge", "Funded");
        assertThat(isShowing("#fundJob")).isFalse();
        assertThat(text("#job-funded")).isEqualTo("150,000 sats");
        signOut();

        signIn("frida");
        openDashboardTab("As freelancer");
        openJobRow("#freelancerJobs", TITLE);
        waitForShowing("#submitDeliverable");
        type("#deliverableNoteField", "Three logo variants, vector and PNG.");
        type("#deliverableLinkField", "https://files.example.com/bakery-logo.zip");
        press("#submitDeliverable");
        waitForText("#jobStatus .badge", "Submitted");
        assertThat(text("#deliverableNote")).isEqualTo("Three logo variants, vector and PNG.");
        assertThat(isShowing("#submitDeliverable")).isFalse();
        signOut();

        signIn("carl");
        openJobRow("#clientJobs", TITLE);
        waitForShowing("#approveJob");
        assertThat(isShowing("#releaseJob")).isFalse();
        press("#approveJob");
        waitForText("#jobStatus .badge", "Approved");
        waitForShowing("#releaseJob");
        press("#releaseJob");
        waitForText(".dialog-pane .content", "This pays 150,000 sats · 0.00150000 BTC to frida.");
        press("#confirmAction");
        waitForText("#jobStatus .badge", "Released");
        assertThat(isShowing("#noActions")).isTrue();
        signOut();

        signIn("frida");
        press("#navWallet");
        waitForText("#balanceSats", "150,000 sats");
        assertThat(text("#balanceBtc")).isEqualTo("0.00150000 BTC");
        convertToUsd();
        withdrawTenDollars();
    }

    private void postJobNamingFrida() {
        press("#navNewJob");
        waitForShowing("#postJob");
        type("#jobTitle", TITLE);
        type("#jobDescription", "A round logo in two colours.");
        type("#amountFiat", "145.50");
        type("#amountBtc", "0.0015");
        interact(() -> lookup("#deadlineDate").queryAs(DatePicker.class).setValue(LocalDate.now().plusDays(14)));
        type("#freelancerField", "frida");
        press("#addMilestone");
        press("#addMilestone");
        typeInto(lookup(".milestone-title").nth(0).query(), "Sketches");
        typeInto(lookup(".milestone-amount").nth(0).query(), "0.001");
        waitForText("#milestoneTotal", "but the job is 0.00150000 BTC");
        typeInto(lookup(".milestone-title").nth(1).query(), "Final files");
        typeInto(lookup(".milestone-amount").nth(1).query(), "0.0005");
        waitForText("#milestoneTotal", "Milestones add up to 0.00150000 BTC, matching the job amount.");
        press("#postJob");
        waitForShowing("#jobTitleLabel");
        waitForText("#jobTitleLabel", TITLE);
    }

    private void fundThroughInvoiceDialog() {
        press("#fundJob");
        waitForText("#invoiceBolt11", "lnbcrt");
        ImageView qr = lookup("#invoiceQr").queryAs(ImageView.class);
        assertThat(qr.getImage()).isNotNull();
        assertThat(qr.getImage().getWidth()).isGreaterThanOrEqualTo(300);
        assertThat(text("#invoiceAmount")).isEqualTo("150,000 sats · 0.00150000 BTC");
        waitForText("#invoiceCountdown", "Expires in");
        assertThat(displayedText("#invoiceAmount")).isEqualTo(text("#invoiceAmount"));
        assertThat(displayedText("#invoiceCountdown")).isEqualTo(text("#invoiceCountdown"));
        press("#simulatePayment");
        waitForText("#invoiceStatus", "Payment received");
        waitUntil("the invoice dialog closes", () -> Window.getWindows().size() == 1);
    }

    private void convertToUsd() {
        type("#convertAmount", "0.001");
        press("#previewConvert");
        waitForText("#convertPreview", "Sell 100,000 sats");
        assertThat(text("#convertPreview")).contains("USD").contains("per BTC");
        press("#confirmConvert");
        waitForText("#convertMessage", "Converted 100,000 sats");
        waitForText("#balanceSats", "50,000 sats");
        waitUntil("a USD balance is shown", () -> lookup("#fiatBalances .label").queryAll().stream()
                .anyMatch(node -> ((javafx.scene.control.Label) node).getText().endsWith("USD")));
    }

    private void withdrawTenDollars() {
        waitUntil("USD can be withdrawn", () -> "USD".equals(
                lookup("#withdrawCurrency").queryComboBox().getValue()));
        type("#withdrawAmount", "10");
        press("#withdrawButton");
        waitForText(".dialog-pane .content", "Amount: 10.00 USD");
        press("#confirmAction");
        waitForText("#withdrawMessage", "Withdrawal of 10.00 USD");
        waitUntil("the history lists release, conversion and withdrawal", () -> lookup("#walletHistory .table-row-cell")
                .queryAll().stream().filter(node -> ((javafx.scene.control.TableRow<?>) node).getItem() != null)
                .count() >= 3);
    }
}
