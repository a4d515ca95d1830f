package com.paylyt.server.rates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixed rates from a JSON table: the one shipped with the server for offline use, or a file that replaces it.
 * The table's format is {@code {"source": "...", "timestamp": "ISO 8601", "rates": {"USD": "95000.00"}}},
 * each rate the price of 1 BTC.
 */
public final class RateTable implements RateSource {

    private static final String SHIPPED_TABLE = "/com/paylyt/server/rates/default-rates.json";

    private final Map<Currency, ExchangeRate> rates;

    private RateTable(Map<Currency, ExchangeRate> rates) {
        this.rates = Map.copyOf(rates);
    }

    public static RateTable shipped(ObjectMapper mapper) {
        try (InputStream in = RateTable.class.getResourceAsStream(SHIPPED_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("The shipped rate table " + SHIPPED_TABLE + " is missing");
            }
            return parse(mapper.readTree(in), SHIPPED_TABLE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped rate table", e);
        }
    }

    public static RateTable fromFile(ObjectMapper mapper, Path file) {
        try {
            return parse(mapper.readTree(Files.readAllBytes(file)), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rate table " + file, e);
        }
    }

    private static RateTable parse(JsonNode table, String origin) {
        String source = table.path("source").asText("file:" + origin);
        Instant timestamp;
        try {
            timestamp = Instant.parse(table.path("timestamp").asText());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The rate table " + origin
                    + " needs a \"timestamp\" in ISO 8601 UTC, such as 2026-12-01T00:00:00Z", e);
        }
        Map<Currency, ExchangeRate> rates = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = table.path("rates").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Currency currency = Currency.getInstance(field.getKey());
            BigDecimal perBtc = new BigDecimal(field.getValue().asText());
            if (perBtc.signum() <= 0) {
                throw new IllegalArgumentException("The rate of " + field.getKey() + " in " + origin
                        + " must be positive");
            }
            rates.put(currency, new ExchangeRate(currency, perBtc, source, timestamp));
        }
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("The rate table " + origin + " has no \"rates\"");
        }
        return new RateTable(rates);
    }

    @Override
    public ExchangeRate rate(Currency currency) {
        ExchangeRate rate = rates.get(currency);
        if (rate == null) {
            throw new UnsupportedCurrencyException(currency.getCurrencyCode());
        }
        return rate;
    }

    @Override
    public List<ExchangeRate> rates() {
        return new ArrayList<>(rates.values());
    }
}
