package org.emporium.promotion.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Terms as staff type them and the database keeps them: one "key=value" per line. The keys: {@code tiers}
 * (200:20,400:50), {@code every} (true for 每满), {@code percent}, {@code amount}, {@code buy}, {@code gift_sku},
 * {@code gift_qty}, {@code gift_value}, {@code max_gifts}, {@code nth}, {@code threshold}, {@code stock} and {@code limit} (a flash sale's units in all and per shopper). A value that is not
 * a number where one is needed is an {@link IllegalArgumentException} naming the key.
 */
public final class TermsCodec {

    public static final List<String> KEYS = List.of(
            "tiers",
            "every",
            "percent",
            "amount",
            "buy",
            "gift_sku",
            "gift_qty",
            "gift_value",
            "max_gifts",
            "nth",
            "threshold",
            "stock",
            "limit");

    private TermsCodec() {}

    public static Map<String, String> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null) {
            return values;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Not key=value: " + line.strip());
            }
            String key = line.substring(0, eq).strip();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("Unknown term: " + key);
            }
            values.put(key, line.substring(eq + 1).strip());
        }
        return values;
    }

    public static String format(Map<String, String> values) {
        return values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + e.getValue().strip())
                .collect(Collectors.joining("\n"));
    }

    public static Terms terms(Map<String, String> v) {
        List<Terms.Tier> tiers = new ArrayList<>();
        String tierText = v.get("tiers");
        if (tierText != null && !tierText.isBlank()) {
            for (String pair : tierText.split("[,，]")) {
                String[] parts = pair.strip().split("[:：]");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("A tier is threshold:reduction, not " + pair.strip());
                }
                tiers.add(new Terms.Tier(money("tiers", parts[0]), money("tiers", parts[1])));
            }
        }
        return new Terms(
                tiers,
                Boolean.parseBoolean(v.getOrDefault("every", "false")),
                decimal(v, "percent"),
                v.containsKey("amount") ? money("amount", v.get("amount")) : null,
                integer(v, "buy"),
                v.get("gift_sku"),
                integer(v, "gift_qty"),
                v.containsKey("gift_value") ? money("gift_value", v.get("gift_value")) : null,
                integer(v, "max_gifts"),
                integer(v, "nth"),
                v.containsKey("threshold") ? money("threshold", v.get("threshold")) : null,
                integer(v, "stock"),
                v.containsKey("limit") && !v.get("limit").isBlank() ? integer(v, "limit") : Terms.NO_LIMIT);
    }

    private static BigDecimal money(String key, String value) {
        BigDecimal d = number(key, value);
        if (d.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(key + ": at most two decimals");
        }
        return d.setScale(2);
    }

    private static BigDecimal decimal(Map<String, String> v, String key) {
        return v.containsKey(key) ? number(key, v.get(key)) : null;
    }

    private static BigDecimal number(String key, String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: " + value);
        }
    }

    private static int integer(Map<String, String> v, String key) {
        if (!v.containsKey(key) || v.get(key).isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(v.get(key).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a whole number: " + v.get(key));
        }
    }
}
