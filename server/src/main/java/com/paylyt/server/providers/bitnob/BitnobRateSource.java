package com.paylyt.server.providers.bitnob;

import com.fasterxml.jackson.databind.JsonNode;
import com.paylyt.server.lightning.LightningException;
import com.paylyt.server.rates.ExchangeRate;
import com.paylyt.server.rates.RateSource;
import com.paylyt.server.rates.RateUnavailableException;
import com.paylyt.server.rates.UnsupportedCurrencyException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live BTC rates from Bitnob's {@code GET /api/exchange-rates?from=BTC&to=XXX} (path and parameters from
 * Bitnob's official command-line client; {@code mid_rate} and {@code timestamp} from Bitnob's exchange-rate
 * reference).
 *
 * <p>A fetched rate is served from memory for {@code cacheTime}. No rate whose own timestamp is older than
 * {@code maxAge} is ever returned: when Bitnob is down and the cached rate is too old, {@link #rate} throws
 * {@link RateUnavailableException}, which the API turns into a 503.
 */
public final class BitnobRateSource implements RateSource {

    private static final Logger log = LoggerFactory.getLogger(BitnobRateSource.class);
    private static final String SOURCE = "bitnob";

    private final BitnobClient client;
    private final List<Currency> currencies;
    private final Duration cacheTime;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<Currency, Cached> cache = new ConcurrentHashMap<>();

    /**
     * @param currencies the currencies {@link #rates} lists and {@link #rate} accepts
     * @param cacheTime how long a fetched rate is served without asking Bitnob again
     * @param maxAge the oldest rate timestamp that may still be used
     */
    public BitnobRateSource(BitnobClient client, List<Currency> currencies, Duration cacheTime, Duration maxAge,
            Clock clock) {
        this.client = client;
        this.currencies = List.copyOf(currencies);
        this.cacheTime = cacheTime;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public ExchangeRate rate(Currency currency) {
        if (!currencies.contains(currency)) {
            throw new UnsupportedCurrencyException(currency.getCurrencyCode());
        }
        Instant now = clock.instant();
        Cached cached = cache.get(currency);
        if (cached != null && now.isBefore(cached.fetchedAt().plus(cacheTime)) && isFresh(cached.rate(), now)) {
            return cached.rate();
        }
        try {
            ExchangeRate fetched = fetch(currency, now);
            cache.put(currency, new Cached(fetched, now));
            return fetched;
        } catch (LightningException e) {
            return fallBack(currency, cached, now, e);
        }
    }

    @Override
    public List<ExchangeRate> rates() {
        List<ExchangeRate> rates = new ArrayList<>();
        for (Currency currency : currencies) {
            try {
                rates.add(rate(currency));
            } catch (RateUnavailableException | UnsupportedCurrencyException e) {
                log.warn("No usable Bitnob rate for BTC/{}: {}", currency.getCurrencyCode(), e.getMessage());
            }
        }
        return rates;
    }

    private ExchangeRate fetch(Currency currency, Instant now) {
        String code = currency.getCurrencyCode();
        JsonNode data;
        try {
            data = BitnobJson.data(client.get("/api/exchange-rates?from=BTC&to=" + code), "the BTC/" + code + " rate");
        } catch (BitnobApiException e) {
            if (e.statusCode() == 400 || e.statusCode() == 404) {
                throw new UnsupportedCurrencyException(code);
            }
            throw e;
        }
        BigDecimal perBtc = perBtc(data, code);
        Instant timestamp = BitnobJson.instant(data, "timestamp");
        ExchangeRate rate = new ExchangeRate(currency, perBtc, SOURCE, timestamp == null ? now : timestamp);
        if (!isFresh(rate, now)) {
            throw new RateUnavailableException("Bitnob's BTC/" + code + " rate is from " + rate.timestamp()
                    + ", older than the maximum age of " + maxAge);
        }
        return rate;
    }

    private ExchangeRate fallBack(Currency currency, Cached cached, Instant now, LightningException cause) {
        String code = currency.getCurrencyCode();
        if (cached != null && isFresh(cached.rate(), now)) {
            log.warn("Bitnob rate request for BTC/{} failed; using the rate from {}", code, cached.rate().timestamp(),
                    cause);
            return cached.rate();
        }
        log.warn("Bitnob rate request for BTC/{} failed and no rate younger than {} is cached", code, maxAge, cause);
        throw new RateUnavailableException("No BTC/" + code + " rate younger than " + maxAge
                + " is available from Bitnob; try again later", cause);
    }

    private static BigDecimal perBtc(JsonNode data, String code) {
        BigDecimal rate = BitnobJson.decimal(data, "mid_rate");
        if (rate == null) {
            rate = BitnobJson.decimal(data, "rate");
        }
        if (rate == null || rate.signum() <= 0) {
            throw new LightningException("Bitnob returned no positive mid_rate for BTC/" + code);
        }
        return rate;
    }

    private boolean isFresh(ExchangeRate rate, Instant now) {
        return !rate.timestamp().plus(maxAge).isBefore(now);
    }

    private record Cached(ExchangeRate rate, Instant fetchedAt) {
    }
}
