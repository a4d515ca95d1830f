package com.paylyt.desktop.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.desktop.TestMessages;
import com.paylyt.desktop.api.ProblemException;
import com.paylyt.model.api.CreateJobRequest;
import com.paylyt.model.api.FieldError;
import com.paylyt.model.api.Problem;
import com.paylyt.model.api.RatesView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewJobViewModelTest {

    private final NewJobViewModel model = new NewJobViewModel(TestMessages.english(), ZoneOffset.ofHours(1));

    @Test
    void milestoneTotalUpdatesAsAmountsChange() {
        model.amountBtcProperty().set("0.003");
        MilestoneDraft first = model.addMilestone();
        first.amountBtcProperty().set("0.001");

        assertThat(model.milestonesMatchProperty().get()).isFalse();
        assertThat(model.milestoneTotalProperty().get())
                .isEqualTo("Milestones add up to 0.00100000 BTC, but the job is 0.00300000 BTC.");

        model.addMilestone().amountBtcProperty().set("0.002");

        assertThat(model.milestonesMatchProperty().get()).isTrue();
        assertThat(model.milestoneTotalProperty().get()).startsWith("Milestones add up to 0.00300000 BTC");

        model.removeMilestone(first);

        assertThat(model.milestonesMatchProperty().get()).isFalse();
    }

    @Test
    void requestCarriesDeadlineWithZoneOffset() {
        fillValidForm();

        CreateJobRequest request = model.toRequest().orElseThrow();

        assertThat(request.deadline()).isEqualTo("2030-05-17T09:30+01:00");
        assertThat(request.amountBtc()).isEqualByComparingTo("0.0025");
        assertThat(request.fiatCurrency()).isEqualTo("EUR");
        assertThat(request.freelancer()).isNull();
        assertThat(request.milestones()).isNull();
    }

    @Test
    void unparseableTextIsMarkedAndNotSent() {
        fillValidForm();
        model.amountBtcProperty().set("two");
        model.deadlineTimeProperty().set("9 am");

        assertThat(model.toRequest()).isEmpty();
        assertThat(model.errors().message("amount_btc")).isEqualTo("Enter a number such as 0.0025.");
        assertThat(model.errors().message("deadline")).startsWith("Enter a time as HH:mm");
    }

    @Test
    void editingFieldClearsOnlyItsError() {
        fillValidForm();
        Problem problem = new Problem("about:blank", "Invalid request", 400, "3 fields are invalid",
                "validation_failed", List.of(new FieldError("title", "is required"),
                        new FieldError("deadline", "must be in the future"),
                        new FieldError("milestones[0].title", "is required")));
        model.showRejection(new ProblemException(problem), "ignored");

        model.titleProperty().set("Bakery logo, round");

        assertThat(model.errors().message("title")).isEmpty();
        assertThat(model.errors().message("deadline")).isEqualTo("must be in the future");
        assertThat(model.formMessageProperty().get()).contains("Fix the marked fields");

        model.deadlineTimeProperty().set("18:00");
        model.addMilestone();

        assertThat(model.errors().message("deadline")).isEmpty();
        assertThat(model.errors().message("milestones")).isEmpty();
        assertThat(model.formMessageProperty().get()).isEmpty();
    }

    @Test
    void serverFieldErrorsLandBesideTheirFields() {
        fillValidForm();
        Problem problem = new Problem("about:blank", "Invalid request", 400, "2 fields are invalid",
                "validation_failed", List.of(new FieldError("title", "is required"),
                        new FieldError("milestones[1].amount_btc", "must be greater than zero")));

        model.showRejection(new ProblemException(problem), "ignored");

        assertThat(model.errors().message("title")).isEqualTo("is required");
        assertThat(model.errors().message("milestones")).isEqualTo("must be greater than zero");
        assertThat(model.titleProperty().get()).isEqualTo("Bakery logo");
        assertThat(model.formMessageProperty().get()).contains("nothing you typed was lost");
    }

    @Test
    void rateGivesEquivalentsBothWays() {
        model.ratesProperty().set(new RatesView("test table", Instant.EPOCH,
                Map.of("USD", new BigDecimal("100000"))));
        model.amountFiatProperty().set("250");

        assertThat(model.fiatEquivalentProperty().get()).isEqualTo("≈ 0.00250000 BTC at 100,000.00 USD per BTC");

        model.fillBtcFromFiat();

        assertThat(model.amountBtcProperty().get()).isEqualTo("0.00250000");
        assertThat(model.btcEquivalentProperty().get()).isEqualTo("≈ 250.00 USD");
    }

    private void fillValidForm() {
        model.titleProperty().set("Bakery logo");
        model.descriptionProperty().set("Round, two colours.");
        model.amountFiatProperty().set("240");
        model.fiatCurrencyProperty().set("eur");
        model.amountBtcProperty().set("0.0025");
        model.deadlineDateProperty().set(LocalDate.of(2030, 5, 17));
        model.deadlineTimeProperty().set("09:30");
    }
}
