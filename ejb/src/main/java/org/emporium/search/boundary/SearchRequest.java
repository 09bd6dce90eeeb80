package org.emporium.search.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emporium.search.control.QueryText;

/**
 * What a shopper asked: the words as typed, the facets chosen (brand and category URL names, options by
 * attribute code), a price range, the order and the page (from 0).
 */
public record SearchRequest(
        String text,
        List<String> brands,
        String category,
        Map<String, List<String>> options,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        SearchSort sort,
        int page,
        int pageSize)
        implements Serializable {

    public static final int MAX_PAGE = 100;
    public static final int MAX_PAGE_SIZE = 60;

    public SearchRequest {
        text = text == null ? "" : text;
        brands = brands == null ? List.of() : List.copyOf(brands);
        options = options == null ? Map.of() : new TreeMap<>(options);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        page = Math.max(0, Math.min(page, MAX_PAGE));
        pageSize = pageSize <= 0 ? 24 : Math.min(pageSize, MAX_PAGE_SIZE);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, List.of(), null, Map.of(), null, null, SearchSort.RELEVANCE, 0, 24);
    }

    public SearchRequest withText(String other) {
        return new SearchRequest(other, brands, category, options, minPrice, maxPrice, sort, page, pageSize);
    }

    /** Whether more was typed than a search reads; the rest was left out. */
    public boolean shortened() {
        return QueryText.overlong(text);
    }

    /** Whether something was typed but nothing of it can be searched for (only symbols, emoji or markup). */
    public boolean unsearchable() {
        return !text.isBlank() && QueryText.clean(text).isEmpty();
    }

    /** The most characters a search reads. */
    public int maxText() {
        return QueryText.MAX_LENGTH;
    }

    public boolean filtered() {
        return !brands.isEmpty() || category != null || !options.isEmpty() || minPrice != null || maxPrice != null;
    }
}
