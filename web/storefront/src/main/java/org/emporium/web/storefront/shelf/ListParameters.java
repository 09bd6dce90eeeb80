package org.emporium.web.storefront.shelf;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.emporium.catalog.boundary.ShelfQuery;
import org.emporium.catalog.boundary.ShelfSort;

/**
 * A product list's state as it travels in the URL, so that every list a shopper sees can be bookmarked
 * and shared and works as a plain GET form: {@code brand} (repeated), {@code min} and {@code max} (the
 * lowest price from and below), {@code a-<attribute code>} (repeated option codes), {@code sort} and
 * {@code page} (from 0). Whatever a hand-edited URL holds yields a list, never an error.
 */
public final class ListParameters {

    public static final String BRAND = "brand";
    public static final String MIN = "min";
    public static final String MAX = "max";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String OPTION_PREFIX = "a-";

    static final int MAX_VALUES = 50;
    static final int MAX_PAGE = 10_000;
    private static final String CODE = "^[a-z0-9][a-z0-9-]{0,79}$";
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999");

    private ListParameters() {}

    /** Reads the request's parameters onto a query of the given scope. */
    public static ShelfQuery parse(ShelfQuery scope, Map<String, String[]> parameters, int pageSize) {
        SortedSet<String> brands = codes(parameters.get(BRAND));
        TreeMap<String, SortedSet<String>> options = new TreeMap<>();
        parameters.forEach((name, values) -> {
            if (name.startsWith(OPTION_PREFIX)) {
                String attribute = name.substring(OPTION_PREFIX.length());
                SortedSet<String> chosen = codes(values);
                if (attribute.matches(CODE) && !chosen.isEmpty() && options.size() < MAX_VALUES) {
                    options.put(attribute, chosen);
                }
            }
        });
        return new ShelfQuery(
                scope.scope(),
                scope.scopeSlug(),
                brands,
                amount(first(parameters.get(MIN))),
                amount(first(parameters.get(MAX))),
                options,
                ShelfSort.fromParameter(first(parameters.get(SORT))),
                pageIndex(first(parameters.get(PAGE))),
                pageSize);
    }

    /** A hand-edited or stale page number shows the first page rather than an error. */
    public static int pageIndex(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page.trim()), MAX_PAGE));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A price as typed: "199", "199.5"; anything else, negative or absurd, is no bound at all. */
    static BigDecimal amount(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.trim());
            if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
                return null;
            }
            return amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static SortedSet<String> codes(String[] values) {
        SortedSet<String> codes = new TreeSet<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && v.matches(CODE) && codes.size() < MAX_VALUES) {
                    codes.add(v);
                }
            }
        }
        return codes;
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }

    /**
     * The query string of a list, in a fixed order so equal lists have equal URLs (and share a cache
     * entry); {@code fixed} are parameters that come first and always stay (the category's slug).
     */
    public static String queryString(Map<String, String> fixed, ShelfQuery q) {
        List<String> parts = new ArrayList<>();
        fixed.forEach((k, v) -> parts.add(pair(k, v)));
        q.brands().forEach(b -> parts.add(pair(BRAND, b)));
        if (q.minPrice() != null) {
            parts.add(pair(MIN, q.minPrice().toPlainString()));
        }
        if (q.maxPrice() != null) {
            parts.add(pair(MAX, q.maxPrice().toPlainString()));
        }
        q.options().forEach((attribute, codes) -> codes.forEach(c -> parts.add(pair(OPTION_PREFIX + attribute, c))));
        if (q.sort() != ShelfSort.NEWEST) {
            parts.add(pair(SORT, q.sort().parameter));
        }
        if (q.page() > 0) {
            parts.add(pair(PAGE, String.valueOf(q.page())));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** The same list with one brand chosen or un-chosen, back on its first page. */
    public static ShelfQuery toggleBrand(ShelfQuery q, String brand) {
        TreeSet<String> brands = new TreeSet<>(q.brands());
        if (!brands.remove(brand)) {
            brands.add(brand);
        }
        return q.withBrands(brands).withPage(0, q.pageSize());
    }

    /** The same list with one option of an attribute chosen or un-chosen, back on its first page. */
    public static ShelfQuery toggleOption(ShelfQuery q, String attribute, String option) {
        TreeMap<String, SortedSet<String>> options = new TreeMap<>();
        q.options().forEach((k, v) -> options.put(k, new TreeSet<>(v)));
        SortedSet<String> codes = options.computeIfAbsent(attribute, k -> new TreeSet<>());
        if (!codes.remove(option)) {
            codes.add(option);
        }
        if (codes.isEmpty()) {
            options.remove(attribute);
        }
        return q.withOptions(options).withPage(0, q.pageSize());
    }

    private static String pair(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
