package com.paylyt.server.jobs;

import com.paylyt.model.api.CreateJobRequest;
import com.paylyt.model.api.MilestoneRequest;
import com.paylyt.model.money.FiatMoney;
import com.paylyt.model.money.InvalidAmountException;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.http.Violations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Checks a {@link CreateJobRequest} field by field and turns it into a {@link NewJob}. */
public final class NewJobValidator {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_DESCRIPTION_LENGTH = 10_000;
    static final int MAX_MILESTONES = 50;
    /** Ten years: an escrow is for work with a foreseeable end. */
    static final long MAX_DEADLINE_DAYS = 3_650;
    /** 10^15 minor units: far above any real job, far below overflow. */
    private static final long MAX_FIAT_MINOR_UNITS = 1_000_000_000_000_000L;

    private final Clock clock;

    public NewJobValidator(Clock clock) {
        this.clock = clock;
    }

    /** Returns the validated job, or throws a {@code validation_failed} problem naming every invalid field. */
    public NewJob validate(CreateJobRequest request) {
        Violations violations = new Violations();
        String title = text(violations, "title", request.title(), MAX_TITLE_LENGTH);
        String description = text(violations, "description", request.description(), MAX_DESCRIPTION_LENGTH);
        Currency currency = currency(violations, request.fiatCurrency());
        FiatMoney amountFiat = currency == null ? null : fiat(violations, request.amountFiat(), currency);
        Satoshis amount = sats(violations, "amount_btc", request.amountBtc());
        Instant deadline = deadline(violations, request.deadline());
        List<Milestone> milestones = milestones(violations, request.milestones(), amount);
        String freelancer = request.freelancer() == null || request.freelancer().isBlank()
                ? null : request.freelancer().trim();
        violations.throwIfAny();
        return new NewJob(title, description, amountFiat, amount, deadline, milestones, freelancer);
    }

    private static String text(Violations violations, String field, String value, int maxLength) {
        if (!violations.requireText(field, value)) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            violations.add(field, "must be at most " + maxLength + " characters");
        } else if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            violations.add(field, "must not contain control characters");
        } else if (trimmed.chars().anyMatch(NewJobValidator::isBidiControl)) {
            violations.add(field, "must not contain bidirectional control characters (U+202A to U+202E,"
                    + " U+2066 to U+2069), which can disguise text");
        }
        return trimmed;
    }

    /** Unicode's explicit bidirectional embeddings, overrides and isolates (Unicode Standard Annex #9). */
    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static Currency currency(Violations violations, String code) {
        if (code == null) {
            return Currency.getInstance("USD");
        }
        try {
            return FiatMoney.currency(code);
        } catch (InvalidAmountException e) {
            violations.add("fiat_currency", e.getMessage());
            return null;
        }
    }

    private static FiatMoney fiat(Violations violations, BigDecimal value, Currency currency) {
        if (value == null) {
            violations.add("amount_fiat", "is required");
            return null;
        }
        int fractionDigits = Math.max(0, currency.getDefaultFractionDigits());
        if (value.signum() <= 0) {
            violations.add("amount_fiat", "must be greater than zero (at least one minor unit of "
                    + currency.getCurrencyCode() + ")");
            return null;
        }
        if (value.stripTrailingZeros().scale() > fractionDigits) {
            violations.add("amount_fiat", FiatMoney.tooManyDecimalsMessage(currency));
            return null;
        }
        // Compared before conversion, because converting 1e20 dollars to cents overflows a long.
        if (value.movePointRight(fractionDigits).compareTo(BigDecimal.valueOf(MAX_FIAT_MINOR_UNITS)) > 0) {
            violations.add("amount_fiat", "is too large");
            return null;
        }
        return FiatMoney.of(value, currency);
    }

    static Satoshis sats(Violations violations, String field, BigDecimal btc) {
        try {
            return Satoshis.fromBtc(btc);
        } catch (InvalidAmountException e) {
            violations.add(field, e.getMessage());
            return null;
        }
    }

    private Instant deadline(Violations violations, String value) {
        if (!violations.requireText("deadline", value)) {
            return null;
        }
        try {
            Instant deadline = OffsetDateTime.parse(value.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            if (!deadline.isAfter(Instant.now(clock))) {
                violations.add("deadline", "must lie in the future");
            } else if (deadline.isAfter(Instant.now(clock).plus(MAX_DEADLINE_DAYS, java.time.temporal.ChronoUnit.DAYS))) {
                violations.add("deadline", "must lie within " + MAX_DEADLINE_DAYS / 365 + " years from now");
            }
            return deadline;
        } catch (DateTimeParseException e) {
            violations.add("deadline",
                    "must be an ISO 8601 date-time with a zone offset, such as 2026-12-31T17:00:00Z");
            return null;
        }
    }

    private static List<Milestone> milestones(Violations violations, List<MilestoneRequest> requests,
            Satoshis total) {
        if (requests == null || requests.isEmpty()) {
            return List.of();
        }
        if (requests.size() > MAX_MILESTONES) {
            violations.add("milestones", "must have at most " + MAX_MILESTONES + " entries");
            return List.of();
        }
        List<Milestone> milestones = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < requests.size(); i++) {
            MilestoneRequest request = requests.get(i);
            String prefix = "milestones[" + i + "].";
            if (request == null) {
                violations.add("milestones[" + i + "]", "must be an object with title and amount_btc");
                continue;
            }
            String title = text(violations, prefix + "title", request.title(), MAX_TITLE_LENGTH);
            Satoshis amount = sats(violations, prefix + "amount_btc", request.amountBtc());
            if (amount != null) {
                sum += amount.value();
                milestones.add(new Milestone(i + 1, title, amount));
            }
        }
        if (total != null && milestones.size() == requests.size() && sum != total.value()) {
            violations.add("milestones", "amounts add up to " + Satoshis.of(Math.min(sum, Satoshis.MAX_SUPPLY.value()))
                    .toBtc().toPlainString() + " BTC but the job's amount_btc is " + total.toBtc().toPlainString()
                    + " BTC; they must be equal");
        }
        return milestones;
    }
}
