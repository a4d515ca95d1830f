package com.paylyt.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The new-job form: the server's field errors beside each field, and nothing typed is lost. */
class NewJobFormTest extends DesktopUiTest {

    @BeforeEach
    void openForm() {
        register("vera", PASSWORD);
        press("#navNewJob");
        waitForShowing("#postJob");
    }

    @Test
    void serverErrorsShowBesideFields() {
        type("#jobDescription", "Translate a menu into French.");
        type("#amountFiat", "50");
        type("#amountBtc", "0.0005");
        press("#addMilestone");
        typeInto(lookup(".milestone-title").query(), "First half");
        typeInto(lookup(".milestone-amount").query(), "0.0001");
        waitForText("#milestoneTotal", "but the job is 0.00050000 BTC");
        press("#postJob");

        waitForText("#newJobMessage", "Fix the marked fields");
        assertThat(text("#titleError")).contains("required");
        assertThat(text("#deadlineError")).contains("required");
        assertThat(text("#milestonesError")).contains("add up to");
        assertThat(text("#amountBtcError")).isEmpty();
        assertThat(text("#jobDescription")).isEqualTo("Translate a menu into French.");
        assertThat(text("#amountBtc")).isEqualTo("0.0005");
        assertThat(lookup(".milestone-title").queryAll()).hasSize(1);

        type("#jobTitle", "Menu translation");
        interact(() -> lookup("#deadlineDate").queryAs(DatePicker.class).setValue(LocalDate.now().plusDays(3)));
        press(".milestone-remove");
        type("#freelancerField", "nobody-here");
        press("#postJob");

        waitForText("#freelancerError", "nobody-here");
        assertThat(text("#titleError")).isEmpty();
        assertThat(text("#deadlineError")).isEmpty();
        assertThat(text("#jobTitle")).isEqualTo("Menu translation");

        type("#freelancerField", "");
        press("#postJob");
        waitForText("#jobTitleLabel", "Menu translation");
        waitForText("#jobStatus .badge", "Awaiting funding");
    }

    @Test
    void nonNumberMarkedBeforeSending() {
        type("#jobTitle", "Logo");
        type("#amountBtc", "a lot");
        press("#postJob");

        waitForText("#amountBtcError", "Enter a number");
        assertThat(text("#newJobMessage")).contains("nothing you typed was lost");
        assertThat(isShowing("#postJob")).isTrue();
        assertThat(text("#jobTitle")).isEqualTo("Logo");
    }

    @Test
    void fiatAmountShowsItsBtcEquivalent() {
        type("#amountFiat", "97");
        waitForText("#fiatEquivalent", "BTC at");
        press("#useRate");
        waitUntil("the BTC amount is filled from the rate", () -> !text("#amountBtc").isEmpty());
        assertThat(text("#btcEquivalent")).startsWith("≈ ").endsWith("USD");
    }
}
