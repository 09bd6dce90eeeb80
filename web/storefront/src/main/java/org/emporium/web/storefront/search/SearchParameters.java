package org.emporium.web.storefront.search;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.emporium.search.boundary.SearchRequest;
import org.emporium.search.boundary.SearchSort;

/**
 * A search as it travels in the URL, so results can be bookmarked and shared: {@code q}, {@code brand}
 * (repeated), {@code category}, {@code a-<attribute>} (repeated), {@code min}, {@code max}, {@code sort},
 * {@code page} (from 0). Whatever a hand-edited URL holds gives a search, never an error.
 */
public final class SearchParameters {

    public static final int PAGE_SIZE = 24;
    private static final String CODE = "^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$";
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999");

    private SearchParameters() {}

    public static SearchRequest parse(Map<String, String[]> parameters) {
        List<String> brands = codes(parameters.get("brand"));
        Map<String, List<String>> options = new TreeMap<>();
        parameters.forEach((name, values) -> {
            if (name.startsWith("a-") && name.substring(2).matches(CODE) && options.size() < 20) {
                List<String> chosen = codes(values);
                if (!chosen.isEmpty()) {
                    options.put(name.substring(2), chosen);
                }
            }
        });
        List<String> category = codes(parameters.get("category"));
        return new SearchRequest(
                first(parameters.get("q")),
                brands,
                category.isEmpty() ? null : category.get(0),
                options,
                amount(first(parameters.get("min"))),
                amount(first(parameters.get("max"))),
                SearchSort.of(first(parameters.get("sort"))),
                page(first(parameters.get("page"))),
                PAGE_SIZE);
    }

    /** The query string of a request (without "?"), parameters in a fixed order so equal searches share a URL. */
    public static String queryString(SearchRequest r) {
        StringJoiner qs = new StringJoiner("&");
        add(qs, "q", r.text());
        r.brands().forEach(b -> add(qs, "brand", b));
        add(qs, "category", r.category());
        r.options().forEach((a, values) -> values.forEach(v -> add(qs, "a-" + a, v)));
        add(qs, "min", r.minPrice() == null ? null : r.minPrice().toPlainString());
        add(qs, "max", r.maxPrice() == null ? null : r.maxPrice().toPlainString());
        if (r.sort() != SearchSort.RELEVANCE) {
            add(qs, "sort", r.sort().param());
        }
        if (r.page() > 0) {
            add(qs, "page", Integer.toString(r.page()));
        }
        return qs.toString();
    }

    private static void add(StringJoiner qs, String name, String value) {
        if (value != null && !value.isBlank()) {
            qs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    static int page(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page.trim()), SearchRequest.MAX_PAGE));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static BigDecimal amount(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.trim());
            return amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2 ? null : amount;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> codes(String[] values) {
        List<String> codes = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && v.trim().matches(CODE) && !codes.contains(v.trim()) && codes.size() < 50) {
                    codes.add(v.trim());
                }
            }
        }
        return codes;
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }
}
