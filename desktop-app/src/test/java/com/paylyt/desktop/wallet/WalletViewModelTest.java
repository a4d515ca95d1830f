package com.paylyt.desktop.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.desktop.TestMessages;
import com.paylyt.desktop.api.ProblemException;
import com.paylyt.model.api.ConversionView;
import com.paylyt.model.api.ConvertRequest;
import com.paylyt.model.api.FiatBalance;
import com.paylyt.model.api.FieldError;
import com.paylyt.model.api.Problem;
import com.paylyt.model.api.RatesView;
import com.paylyt.model.api.WalletBalances;
import com.paylyt.model.api.WalletTransaction;
import com.paylyt.model.api.WalletView;
import com.paylyt.model.api.WithdrawRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WalletViewModelTest {

    private final WalletViewModel model = new WalletViewModel(TestMessages.english(), ZoneOffset.UTC);

    @BeforeEach
    void loadWallet() {
        WalletView wallet = new WalletView(
                new WalletBalances(150_000, new BigDecimal("0.0015"), List.of(new FiatBalance("USD",
                        new BigDecimal("25.50")))),
                List.of(new WalletTransaction("t1", "release", "BTC", new BigDecimal("0.0015"), 150_000L, "job-1",
                        "Release of Logo", Instant.parse("2030-01-01T12:00:00Z"))));
        RatesView rates = new RatesView("shipped table", Instant.EPOCH, Map.of("USD", new BigDecimal("100000"),
                "EUR", new BigDecimal("92000")));
        model.setWallet(wallet, rates);
    }

    @Test
    void walletShowsBalancesAndHistory() {
        assertThat(model.fiatBalances()).containsExactly("25.50 USD");
        assertThat(model.satsWorth("USD")).isEqualTo("≈ 150.00 USD");
        assertThat(model.transactions()).singleElement()
                .isEqualTo(new TransactionRow("2030-01-01 12:00", "Release", "+0.0015 BTC (150,000 sats)",
                        "Release of Logo"));
        assertThat(model.currencies()).containsExactly("EUR", "USD");
    }

    @Test
    void conversionAboveBalanceIsMarked() {
        model.convertAmountProperty().set("0.002");

        assertThat(model.conversionRequest()).isEmpty();
        assertThat(model.convertForm().errors().message("amount_btc")).isEqualTo("Your balance is only 150,000 sats.");
    }

    @Test
    void previewIsShownAndThenConfirmed() {
        model.convertAmountProperty().set("0.001");
        ConvertRequest request = model.conversionRequest().orElseThrow();
        assertThat(request.amountBtc()).isEqualByComparingTo("0.001");

        model.showPreview(new ConversionView(null, "preview", 100_000, new BigDecimal("0.001"), "USD",
                new BigDecimal("100000"), new BigDecimal("100.00"), "shipped table", Instant.EPOCH));

        assertThat(model.previewText()).isEqualTo("Sell 100,000 sats · 0.00100000 BTC for 100.00 USD at "
                + "100,000.00 USD per BTC (rate source: shipped table). Nothing moves until you confirm.");
        assertThat(model.confirmedRequest()).isEqualTo(new ConvertRequest(new BigDecimal("0.001"), "USD"));
    }

    @Test
    void editingAmountDropsPreview() {
        model.showPreview(new ConversionView(null, "preview", 100_000, new BigDecimal("0.001"), "USD",
                new BigDecimal("100000"), new BigDecimal("100.00"), "shipped table", Instant.EPOCH));

        model.convertAmountProperty().set("0.0011");

        assertThat(model.previewProperty().get()).isNull();
    }

    @Test
    void reloadKeepsChosenTargetCurrency() {
        assertThat(model.keptCurrency("EUR")).isEqualTo("EUR");
        assertThat(model.keptCurrency(null)).isEqualTo("USD");
        assertThat(model.keptCurrency("GBP")).isEqualTo("USD");
    }

    @Test
    void eachFormKeepsItsOwnErrors() {
        model.convertAmountProperty().set("0.002");
        model.conversionRequest();
        model.convertForm().showFailure("No rate for EUR.");

        model.withdrawAmountProperty().set("");
        model.withdrawRequest();

        assertThat(model.convertForm().errors().message("amount_btc")).startsWith("Your balance is only");
        assertThat(model.convertForm().messageProperty().get()).isEqualTo("No rate for EUR.");
        assertThat(model.withdrawForm().errors().message("amount_fiat")).startsWith("Enter an amount");
    }

    @Test
    void unlabelledServerErrorJoinsFormMessage() {
        ProblemException problem = new ProblemException(new Problem("about:blank", "Invalid request", 400,
                "2 fields are invalid", "validation_failed", List.of(
                        new FieldError("destination", "must be at most 200 characters"),
                        new FieldError("currency", "is not held"))));

        model.withdrawForm().showRejection(problem, "Check the marked fields.");

        assertThat(model.withdrawForm().errors().message("destination")).isEqualTo("must be at most 200 characters");
        assertThat(model.withdrawForm().messageProperty().get())
                .isEqualTo("Check the marked fields. currency: is not held.");
        assertThat(model.withdrawForm().failedProperty().get()).isTrue();
    }

    @Test
    void withdrawalChecksHeldBalance() {
        model.withdrawAmountProperty().set("30");
        model.withdrawCurrencyProperty().set("USD");
        assertThat(model.withdrawRequest()).isEmpty();
        assertThat(model.withdrawForm().errors().message("amount_fiat")).isEqualTo("Your balance is only 25.50 USD.");

        model.withdrawAmountProperty().set("20");
        WithdrawRequest request = model.withdrawRequest().orElseThrow();
        assertThat(request.amountFiat()).isEqualByComparingTo("20");
        assertThat(request.destination()).isNull();
    }
}
