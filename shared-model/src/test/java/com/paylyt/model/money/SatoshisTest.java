package com.paylyt.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SatoshisTest {

    @ParameterizedTest(name = "{0} BTC = {1} sats")
    @CsvSource({
            "0.00000001, 1",
            "0.001, 100000",
            "1, 100000000",
            "1.00000000, 100000000",
            "0.12345678, 12345678",
            "21000000, 2100000000000000",
            "1E-8, 1",
            "2.5E+1, 2500000000"})
    void fromBtcConvertsExactly(String btc, long sats) {
        assertThat(Satoshis.fromBtc(new BigDecimal(btc)).value()).isEqualTo(sats);
    }

    @ParameterizedTest(name = "{0} BTC is rejected")
    @ValueSource(strings = {"0", "0.00", "-0.001", "0.000000001", "1.123456789", "21000000.00000001", "1E+30"})
    void fromBtcRejectsOutOfRangeAndSubSatoshiAmounts(String btc) {
        assertThatThrownBy(() -> Satoshis.fromBtc(new BigDecimal(btc)))
                .isInstanceOf(InvalidAmountException.class);
    }

    @Test
    void fromBtcRejectsMissingAmount() {
        assertThatThrownBy(() -> Satoshis.fromBtc(null)).hasMessage("is required");
    }

    @Test
    void toBtcHasEightDecimalPlaces() {
        assertThat(Satoshis.of(100_000).toBtc().toPlainString()).isEqualTo("0.00100000");
        assertThat(Satoshis.of(1).toBtc().toPlainString()).isEqualTo("0.00000001");
    }

    @Test
    void minusRefusesToGoNegative() {
        assertThatThrownBy(() -> Satoshis.of(5).minus(Satoshis.of(6))).isInstanceOf(InvalidAmountException.class);
    }
}
