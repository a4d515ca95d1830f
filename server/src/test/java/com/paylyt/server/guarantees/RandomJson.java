package com.paylyt.server.guarantees;

import com.fasterxml.jackson.databind.node.TextNode;
import com.paylyt.server.support.ApiClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random JSON text built from the API's own field names and from values near the edges of what the API
 * accepts. Seeded, so that a failing case can be replayed from its seed.
 */
final class RandomJson {

    private static final List<String> FIELDS = List.of("title", "description", "amount_fiat", "fiat_currency",
            "amount_btc", "deadline", "milestones", "freelancer", "target_currency", "currency", "destination",
            "note", "deliverable_url", "email", "password", "username", "invoice_id", "status", "amount_sats",
            "x");
    private static final List<String> EDGE_VALUES = List.of("0", "-1", "1e400", "0.000000001",
            "21000000.00000001", "92233720368547758080", "1.5", "true", "false", "null", "\"0.001\"", "\"95.00\"",
            "\"USD\"", "\"usd\"", "\"2031-01-01T00:00:00Z\"", "\"2031-01-01T00:00:00\"", "\"' OR 1=1 --\"");

    private final Random random;

    RandomJson(long seed) {
        this.random = new Random(seed);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Returns an object, a bare string or a scalar, as a request body. */
    String body() {
        return switch (random.nextInt(3)) {
            case 0 -> object(2);
            case 1 -> text(40);
            default -> value(0);
        };
    }

    private String object(int depth) {
        List<String> members = new ArrayList<>();
        int size = random.nextInt(7);
        for (int i = 0; i < size; i++) {
            members.add(quote(pick(FIELDS)) + ":" + value(depth));
        }
        return "{" + String.join(",", members) + "}";
    }

    private String value(int depth) {
        int kind = random.nextInt(depth == 0 ? 4 : 8);
        return switch (kind) {
            case 0 -> quote(text(30));
            case 1 -> pick(EDGE_VALUES);
            case 2 -> new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(20)).toString();
            case 3 -> Long.toString(random.nextLong());
            case 6 -> object(depth - 1);
            case 7 -> array(depth - 1);
            default -> pick(EDGE_VALUES);
        };
    }

    private String array(int depth) {
        List<String> items = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            items.add(value(depth));
        }
        return "[" + String.join(",", items) + "]";
    }

    /** Returns text of any UTF-16 code units, lone surrogates and control characters included. */
    private String text(int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return text.toString();
    }

    private static String quote(String text) {
        return ApiClient.toJson(TextNode.valueOf(text));
    }
}
