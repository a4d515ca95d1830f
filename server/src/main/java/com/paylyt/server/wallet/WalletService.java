package com.paylyt.server.wallet;

import com.paylyt.model.api.ConversionView;
import com.paylyt.model.api.ConvertRequest;
import com.paylyt.model.api.FiatBalance;
import com.paylyt.model.api.RatesView;
import com.paylyt.model.api.WalletBalances;
import com.paylyt.model.api.WalletView;
import com.paylyt.model.api.WithdrawRequest;
import com.paylyt.model.api.WithdrawalView;
import com.paylyt.model.money.FiatMoney;
import com.paylyt.model.money.InvalidAmountException;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.auth.User;
import com.paylyt.server.db.Database;
import com.paylyt.server.http.ApiProblem;
import com.paylyt.server.http.ErrorCode;
import com.paylyt.server.http.Violations;
import com.paylyt.server.ledger.Accounts;
import com.paylyt.server.ledger.Asset;
import com.paylyt.server.ledger.Ledger;
import com.paylyt.server.ledger.Movement;
import com.paylyt.server.payout.PayoutProvider;
import com.paylyt.server.payout.PayoutRequest;
import com.paylyt.server.payout.PayoutResult;
import com.paylyt.server.payout.PayoutStatus;
import com.paylyt.server.rates.ExchangeRate;
import com.paylyt.server.rates.RateSource;
import com.paylyt.server.rates.RateUnavailableException;
import com.paylyt.server.rates.UnsupportedCurrencyException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Balances, conversions of sats to fiat, and fiat withdrawals. A balance check and the movement that depends
 * on it run in one write transaction, so concurrent requests cannot spend the same sats twice.
 */
public final class WalletService {

    private static final Logger log = LoggerFactory.getLogger(WalletService.class);
    private static final int MAX_DESTINATION_LENGTH = 200;

    private final Database database;
    private final WalletRepository wallets;
    private final Ledger ledger;
    private final RateSource rates;
    private final PayoutProvider payouts;
    private final Clock clock;

    public WalletService(Database database, WalletRepository wallets, Ledger ledger, RateSource rates,
            PayoutProvider payouts, Clock clock) {
        this.database = database;
        this.wallets = wallets;
        this.ledger = ledger;
        this.rates = rates;
        this.payouts = payouts;
        this.clock = clock;
    }

    public WalletView wallet(User user) {
        return database.read(connection -> {
            Map<String, Long> balances = wallets.balances(connection, Accounts.user(user.id()));
            long sats = balances.getOrDefault(Asset.SATS, 0L);
            List<FiatBalance> fiat = new ArrayList<>();
            balances.forEach((asset, amount) -> {
                if (!asset.equals(Asset.SATS)) {
                    fiat.add(new FiatBalance(asset, new FiatMoney(amount, Currency.getInstance(asset)).toDecimal()));
                }
            });
            return new WalletView(new WalletBalances(sats, Satoshis.of(sats).toBtc(), fiat),
                    wallets.transactions(connection, Accounts.user(user.id())));
        });
    }

    public RatesView currentRates() {
        List<ExchangeRate> all = rateList();
        Map<String, BigDecimal> byCode = new TreeMap<>();
        all.forEach(rate -> byCode.put(rate.currency().getCurrencyCode(), rate.perBtc()));
        ExchangeRate first = all.get(0);
        return new RatesView(first.source(), first.timestamp(), byCode);
    }

    private List<ExchangeRate> rateList() {
        try {
            List<ExchangeRate> all = rates.rates();
            if (all.isEmpty()) {
                throw new ApiProblem(ErrorCode.RATE_UNAVAILABLE, "No exchange rates are available right now");
            }
            return all;
        } catch (RateUnavailableException e) {
            throw new ApiProblem(ErrorCode.RATE_UNAVAILABLE, e.getMessage() + "; try again later");
        }
    }

    /** Computes what a conversion would give now, without moving money. */
    public ConversionView preview(User user, ConvertRequest request) {
        Quote quote = quote(request);
        return view(null, "preview", quote);
    }

    public ConversionView convert(User user, ConvertRequest request) {
        Quote quote = quote(request);
        Conversion conversion = new Conversion(UUID.randomUUID().toString(), user.id(), quote.amount(),
                quote.rate(), quote.result(), now());
        database.write(connection -> {
            requireBalance(connection, user, Asset.SATS, quote.amount().value(), "amount_btc");
            ledger.post(connection, Movement.builder("conversion", conversion.id(), "Converted "
                            + quote.amount().toBtc().toPlainString() + " BTC to " + quote.result())
                    .transfer(Accounts.user(user.id()), Accounts.EXCHANGE, Asset.SATS, quote.amount().value())
                    .transfer(Accounts.EXCHANGE, Accounts.user(user.id()), Asset.fiat(quote.result().currency()),
                            quote.result().minorUnits())
                    .build());
            wallets.insertConversion(connection, conversion);
            return null;
        });
        log.info("User {} converted {} sats to {} (conversion {}, rate {} from {})", user.id(),
                quote.amount().value(), quote.result(), conversion.id(), quote.rate().perBtc(), quote.rate().source());
        return view(conversion.id(), "completed", quote);
    }

    private record Quote(Satoshis amount, ExchangeRate rate, FiatMoney result) {
    }

    private Quote quote(ConvertRequest request) {
        Violations violations = new Violations();
        Satoshis amount = null;
        try {
            amount = Satoshis.fromBtc(request.amountBtc());
        } catch (InvalidAmountException e) {
            violations.add("amount_btc", e.getMessage());
        }
        Currency currency = null;
        if (violations.requireText("target_currency", request.targetCurrency())) {
            try {
                currency = FiatMoney.currency(request.targetCurrency());
            } catch (InvalidAmountException e) {
                violations.add("target_currency", e.getMessage());
            }
        }
        violations.throwIfAny();
        ExchangeRate rate = rate(currency);
        // Rounded down to the minor unit: the platform never pays out a fraction it did not receive.
        BigDecimal fiat = BigDecimal.valueOf(amount.value())
                .multiply(rate.perBtc())
                .movePointLeft(8)
                .setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.DOWN);
        if (fiat.signum() == 0) {
            throw ApiProblem.invalidField("amount_btc", "is too small to give at least one minor unit of "
                    + currency.getCurrencyCode() + " at the current rate");
        }
        return new Quote(amount, rate, FiatMoney.of(fiat, currency));
    }

    private ExchangeRate rate(Currency currency) {
        try {
            return rates.rate(currency);
        } catch (UnsupportedCurrencyException e) {
            throw ApiProblem.invalidField("target_currency", "is not supported; supported currencies are "
                    + String.join(", ", currentRates().rates().keySet()));
        } catch (RateUnavailableException e) {
            throw new ApiProblem(ErrorCode.RATE_UNAVAILABLE, e.getMessage() + "; try again later");
        }
    }

    private static ConversionView view(String id, String status, Quote quote) {
        return new ConversionView(id, status, quote.amount().value(), quote.amount().toBtc(),
                quote.result().currencyCode(), quote.rate().perBtc(), quote.result().toDecimal(),
                quote.rate().source(), quote.rate().timestamp());
    }

    public WithdrawalView withdraw(User user, WithdrawRequest request) {
        Withdrawal withdrawal = validate(user, request);
        database.write(connection -> {
            requireBalance(connection, user, Asset.fiat(withdrawal.amount().currency()),
                    withdrawal.amount().minorUnits(), "amount_fiat");
            ledger.post(connection, Movement.builder("withdrawal", withdrawal.id(), "Withdrawal of "
                            + withdrawal.amount() + destinationSuffix(withdrawal.destination()))
                    .transfer(Accounts.user(user.id()), Accounts.PAYOUTS, Asset.fiat(withdrawal.amount().currency()),
                            withdrawal.amount().minorUnits())
                    .build());
            wallets.insertWithdrawal(connection, withdrawal);
            return null;
        });
        log.info("User {} requested withdrawal {} of {}", user.id(), withdrawal.id(), withdrawal.amount());
        PayoutResult result = payouts.submit(new PayoutRequest(withdrawal.id(), withdrawal.amount(),
                withdrawal.destination()));
        PayoutStatus status = settle(withdrawal, result);
        return new WithdrawalView(withdrawal.id(), status.name().toLowerCase(Locale.ROOT),
                withdrawal.amount().toDecimal(), withdrawal.amount().currencyCode(), withdrawal.destination(),
                withdrawal.createdAt());
    }

    /**
     * Records a payout's final result: a failed payout returns the money to the wallet. Safe to call again
     * for the same withdrawal (for example from reconciliation): only the first final result counts.
     */
    public PayoutStatus settle(Withdrawal withdrawal, PayoutResult result) {
        if (result.status() == PayoutStatus.PENDING) {
            return PayoutStatus.PENDING;
        }
        database.write(connection -> {
            if (!wallets.finishWithdrawal(connection, withdrawal.id(), result.status(), result.providerReference(),
                    result.failureReason(), now())) {
                return null;
            }
            if (result.status() == PayoutStatus.FAILED) {
                ledger.post(connection, Movement.builder("withdrawal_reversal", withdrawal.id(),
                                "Withdrawal failed: " + result.failureReason())
                        .transfer(Accounts.PAYOUTS, Accounts.user(withdrawal.userId()),
                                Asset.fiat(withdrawal.amount().currency()), withdrawal.amount().minorUnits())
                        .build());
            }
            return null;
        });
        log.info("Withdrawal {} is {} at {}", withdrawal.id(), result.status(), payouts.name());
        return result.status();
    }

    private Withdrawal validate(User user, WithdrawRequest request) {
        Violations violations = new Violations();
        Currency currency = Currency.getInstance("USD");
        if (request.currency() != null) {
            try {
                currency = FiatMoney.currency(request.currency());
            } catch (InvalidAmountException e) {
                violations.add("currency", e.getMessage());
            }
        }
        FiatMoney amount = null;
        if (request.amountFiat() == null) {
            violations.add("amount_fiat", "is required");
        } else if (request.amountFiat().signum() <= 0) {
            violations.add("amount_fiat", "must be greater than zero");
        } else if (request.amountFiat().stripTrailingZeros().scale() > Math.max(0, currency.getDefaultFractionDigits())) {
            violations.add("amount_fiat", FiatMoney.tooManyDecimalsMessage(currency));
        } else if (request.amountFiat().precision() - request.amountFiat().scale() > 15) {
            violations.add("amount_fiat", "is too large");
        } else {
            amount = FiatMoney.of(request.amountFiat(), currency);
        }
        String destination = request.destination() == null || request.destination().isBlank()
                ? null : request.destination().trim();
        if (destination != null && destination.length() > MAX_DESTINATION_LENGTH) {
            violations.add("destination", "must be at most " + MAX_DESTINATION_LENGTH + " characters");
        }
        violations.throwIfAny();
        return new Withdrawal(UUID.randomUUID().toString(), user.id(), amount, destination, PayoutStatus.PENDING,
                payouts.name(), now());
    }

    private void requireBalance(Connection connection, User user, String asset, long needed, String field)
            throws SQLException {
        long balance = ledger.balance(connection, Accounts.user(user.id()), asset);
        if (balance < needed) {
            String have = asset.equals(Asset.SATS) ? balance + " sats"
                    : new FiatMoney(balance, Currency.getInstance(asset)).toString();
            String want = asset.equals(Asset.SATS) ? needed + " sats"
                    : new FiatMoney(needed, Currency.getInstance(asset)).toString();
            throw new ApiProblem(ErrorCode.INSUFFICIENT_FUNDS, "The wallet holds " + have + " but " + want
                    + " are needed", List.of(new com.paylyt.model.api.FieldError(field, "exceeds the balance of "
                    + have)));
        }
    }

    private static String destinationSuffix(String destination) {
        return destination == null ? "" : " to " + destination;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
