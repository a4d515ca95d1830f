package com.paylyt.server.rates;

import java.util.Currency;
import java.util.List;

/** Exchange rates of bitcoin against fiat currencies. */
public interface RateSource {

    /**
     * Returns the current rate of 1 BTC in {@code currency}.
     *
     * @throws UnsupportedCurrencyException when the source has no rate for the currency
     * @throws RateUnavailableException when the source cannot give a rate recent enough to use
     */
    ExchangeRate rate(Currency currency);

    /** Returns every rate the source has now. */
    List<ExchangeRate> rates();
}
