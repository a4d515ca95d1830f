package com.paylyt.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void satsAndBtcAreFormattedExactly() {
        assertThat(Amounts.sats(1_234_567)).isEqualTo("1,234,567 sats");
        assertThat(Amounts.btcOfSats(1)).isEqualTo("0.00000001 BTC");
        assertThat(Amounts.satsAndBtc(150_000)).isEqualTo("150,000 sats · 0.00150000 BTC");
    }

    @Test
    void fiatUsesCurrencyMinorUnit() {
        assertThat(Amounts.fiat(new BigDecimal("1250.5"), "USD")).isEqualTo("1,250.50 USD");
        assertThat(Amounts.fiat(new BigDecimal("1250.5"), "JPY")).isEqualTo("1,250 JPY");
    }

    @Test
    void btcParsingRejectsWhatServerRejects() {
        assertThat(Amounts.parseBtc("0.00000001")).hasValueSatisfying(sats -> assertThat(sats.value()).isOne());
        assertThat(Amounts.parseBtc("0.000000001")).isEmpty();
        assertThat(Amounts.parseBtc("0")).isEmpty();
        assertThat(Amounts.parseBtc("-1")).isEmpty();
        assertThat(Amounts.parseBtc("abc")).isEmpty();
        assertThat(Amounts.parseBtc("21000001")).isEmpty();
    }

    @Test
    void fxmlNameFollowsController() {
        assertThat(ViewLoader.fxmlName(com.paylyt.desktop.job.NewJobController.class)).isEqualTo("new-job.fxml");
        assertThat(ViewLoader.fxmlName(com.paylyt.desktop.fund.FundDialogController.class))
                .isEqualTo("fund-dialog.fxml");
    }
}
