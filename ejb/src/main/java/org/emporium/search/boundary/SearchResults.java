package org.emporium.search.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One page of results with the facets of everything that matched. When nothing matched, {@code didYouMean}
 * may hold a corrected query and {@code relaxed} products that match some of the words; {@code redirect} is
 * set when a search rule sends this query to a page instead.
 */
public record SearchResults(
        String query,
        List<SearchHit> hits,
        long total,
        int page,
        int pageSize,
        List<Facet> facets,
        List<PriceBand> priceBands,
        String didYouMean,
        List<SearchHit> relaxed,
        String redirect)
        implements Serializable {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
        priceBands = List.copyOf(priceBands);
        relaxed = List.copyOf(relaxed);
    }

    public static SearchResults redirect(String query, String target) {
        return new SearchResults(query, List.of(), 0, 0, 0, List.of(), List.of(), null, List.of(), target);
    }

    public static SearchResults empty(String query, int pageSize) {
        return new SearchResults(query, List.of(), 0, 0, pageSize, List.of(), List.of(), null, List.of(), null);
    }

    public int pages() {
        return pageSize == 0 ? 0 : (int) Math.min(SearchRequest.MAX_PAGE + 1, (total + pageSize - 1) / pageSize);
    }

    /** A facet: {@code brand}, {@code category} or {@code a-<attribute code>}, with its values. */
    public record Facet(String key, String label, List<FacetValue> values) implements Serializable {

        public Facet {
            values = List.copyOf(values);
        }
    }

    public record FacetValue(String code, String label, long count, boolean chosen) implements Serializable {}

    /** Products whose lowest price lies in [from, to); either side may be open. */
    public record PriceBand(BigDecimal from, BigDecimal to, long count, boolean chosen) implements Serializable {}
}
