package com.paylyt.server.providers.bitnob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.paylyt.server.rates.ExchangeRate;
import com.paylyt.server.rates.RateUnavailableException;
import com.paylyt.server.rates.UnsupportedCurrencyException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BitnobRateSourceTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency NGN = Currency.getInstance("NGN");

    private final MutableClock clock = new MutableClock(BitnobFixture.NOW);
    private BitnobFixture bitnob;
    private BitnobRateSource rates;

    @BeforeEach
    void startBitnob() throws Exception {
        bitnob = new BitnobFixture(clock, Duration.ofSeconds(5));
        rates = new BitnobRateSource(bitnob.client, List.of(USD, NGN), Duration.ofSeconds(30), Duration.ofMinutes(5),
                clock);
    }

    @AfterEach
    void stopBitnob() {
        bitnob.close();
    }

    @Test
    void rateIsFetchedFromBitnob() throws Exception {
        enqueueRate("USD", "97000.50", BitnobFixture.NOW);

        ExchangeRate rate = rates.rate(USD);

        assertThat(bitnob.takeSigned().getTarget()).isEqualTo("/api/exchange-rates?from=BTC&to=USD");
        assertThat(rate).isEqualTo(new ExchangeRate(USD, new BigDecimal("97000.50"), "bitnob", BitnobFixture.NOW));
    }

    @Test
    void rateIsCachedWithinCacheTime() {
        enqueueRate("USD", "97000", BitnobFixture.NOW);

        rates.rate(USD);
        clock.advance(Duration.ofSeconds(29));
        rates.rate(USD);

        assertThat(bitnob.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void rateIsFetchedAgainAfterTheCacheTime() {
        enqueueRate("USD", "97000", BitnobFixture.NOW);
        enqueueRate("USD", "98000", BitnobFixture.NOW.plusSeconds(31));

        rates.rate(USD);
        clock.advance(Duration.ofSeconds(31));

        assertThat(rates.rate(USD).perBtc()).isEqualByComparingTo("98000");
        assertThat(bitnob.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void staleRateFromBitnobIsRejected() {
        enqueueRate("USD", "97000", BitnobFixture.NOW.minus(Duration.ofMinutes(6)));

        assertThatThrownBy(() -> rates.rate(USD))
                .isInstanceOf(RateUnavailableException.class)
                .hasMessageContaining("USD");
    }

    @Test
    void youngCachedRateSurvivesOutage() {
        enqueueRate("USD", "97000", BitnobFixture.NOW);
        bitnob.enqueueJson(503, "{\"message\":\"down\"}");

        rates.rate(USD);
        clock.advance(Duration.ofMinutes(1));

        assertThat(rates.rate(USD).perBtc()).isEqualByComparingTo("97000");
    }

    @Test
    void tooOldCachedRateIsUnavailable() {
        enqueueRate("USD", "97000", BitnobFixture.NOW);
        bitnob.enqueueJson(503, "{\"message\":\"down\"}");

        rates.rate(USD);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThatThrownBy(() -> rates.rate(USD)).isInstanceOf(RateUnavailableException.class);
    }

    @Test
    void bitnobDownWithNothingCachedIsUnavailable() {
        bitnob.enqueueJson(500, "{}");

        assertThatThrownBy(() -> rates.rate(USD)).isInstanceOf(RateUnavailableException.class);
    }

    @Test
    void malformedRateIsUnavailable() {
        bitnob.enqueueJson(200, "{\"data\":{\"base_currency\":\"BTC\",\"target_currency\":\"USD\"}}");

        assertThatThrownBy(() -> rates.rate(USD)).isInstanceOf(RateUnavailableException.class);
    }

    @Test
    void currencyOutsideTheConfiguredListIsUnsupported() {
        assertThatThrownBy(() -> rates.rate(Currency.getInstance("EUR")))
                .isInstanceOf(UnsupportedCurrencyException.class);
        assertThat(bitnob.server.getRequestCount()).isZero();
    }

    @Test
    void pairBitnobRejectsIsUnsupported() {
        bitnob.enqueueJson(400, "{\"message\":\"unsupported pair\"}");

        assertThatThrownBy(() -> rates.rate(NGN)).isInstanceOf(UnsupportedCurrencyException.class);
    }

    @Test
    void ratesSkipsUnavailableCurrencies() {
        enqueueRate("USD", "97000", BitnobFixture.NOW);
        bitnob.enqueueJson(502, "{}");

        assertThat(rates.rates()).extracting(ExchangeRate::currency).containsExactly(USD);
    }

    private void enqueueRate(String code, String midRate, Instant timestamp) {
        bitnob.enqueueJson(200, """
                {"success":true,"message":"Exchange rate retrieved","data":{"base_currency":"BTC",
                 "target_currency":"%s","buy_rate":"%s","sell_rate":"%s","mid_rate":"%s","inverse_rate":"0.00001",
                 "valid_for_seconds":30,"percent_change_24h":"0.4","timestamp":"%s"}}
                """.formatted(code, midRate, midRate, midRate, timestamp));
    }
}
