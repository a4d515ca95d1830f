package com.paylyt.server.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A balanced set of ledger entries that happen together.
 *
 * @param kind what moved the money, such as {@code escrow_funding} or {@code release}
 * @param reference the id of the thing that moved it (an invoice, a job, a conversion); with {@code kind} it
 *     identifies the movement, so the same movement cannot be booked twice
 */
public record Movement(String kind, String reference, String description, List<Entry> entries) {

    public Movement {
        entries = entries.stream().filter(entry -> entry.amount() != 0).toList();
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("A movement needs at least one non-zero entry");
        }
        Map<String, Long> sums = new HashMap<>();
        for (Entry entry : entries) {
            sums.merge(entry.asset(), entry.amount(), Math::addExact);
        }
        sums.forEach((asset, sum) -> {
            if (sum != 0) {
                throw new IllegalArgumentException("Movement " + kind + "/" + reference + " is unbalanced in "
                        + asset + " by " + sum);
            }
        });
    }

    /** Starts a movement to which entries are added one transfer at a time. */
    public static Builder builder(String kind, String reference, String description) {
        return new Builder(kind, reference, description);
    }

    /** Collects transfers; each transfer adds a debit and the matching credit. */
    public static final class Builder {
        private final String kind;
        private final String reference;
        private final String description;
        private final List<Entry> entries = new ArrayList<>();

        private Builder(String kind, String reference, String description) {
            this.kind = kind;
            this.reference = reference;
            this.description = description;
        }

        public Builder transfer(String from, String to, String asset, long amount) {
            if (amount < 0) {
                throw new IllegalArgumentException("A transfer amount must not be negative: " + amount);
            }
            entries.add(Entry.debit(from, asset, amount));
            entries.add(Entry.credit(to, asset, amount));
            return this;
        }

        public Movement build() {
            return new Movement(kind, reference, description, entries);
        }
    }
}
