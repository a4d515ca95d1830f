package com.paylyt.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiatMoneyTest {

    @ParameterizedTest(name = "{0} {1} = {2} minor units")
    @CsvSource({
            "12.345, USD, 1234",
            "12.355, USD, 1236",
            "0.005, USD, 0",
            "1500, JPY, 1500",
            "1500.6, JPY, 1501",
            "1.2345, KWD, 1234"})
    void ofRoundsHalfEvenToTheMinorUnit(String amount, String currency, long minorUnits) {
        assertThat(FiatMoney.of(new BigDecimal(amount), Currency.getInstance(currency)).minorUnits())
                .isEqualTo(minorUnits);
    }

    @Test
    void toDecimalUsesTheCurrencysFractionDigits() {
        assertThat(new FiatMoney(5700, Currency.getInstance("USD")).toDecimal().toPlainString()).isEqualTo("57.00");
        assertThat(new FiatMoney(5700, Currency.getInstance("JPY")).toDecimal().toPlainString()).isEqualTo("5700");
    }

    @Test
    void currencyAcceptsIsoCodesInAnyCase() {
        assertThat(FiatMoney.currency("ngn").getCurrencyCode()).isEqualTo("NGN");
    }

    @Test
    void currencyRejectsUnknownCodes() {
        assertThatThrownBy(() -> FiatMoney.currency("XYZ")).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> FiatMoney.currency("US")).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> FiatMoney.currency(null)).isInstanceOf(InvalidAmountException.class);
    }

    @Test
    void tooManyDecimalsMessageFitsTheCurrency() {
        assertThat(FiatMoney.tooManyDecimalsMessage(Currency.getInstance("JPY")))
                .isEqualTo("must be a whole number of JPY");
        assertThat(FiatMoney.tooManyDecimalsMessage(Currency.getInstance("USD")))
                .isEqualTo("must have at most 2 decimal places for USD");
    }
}
