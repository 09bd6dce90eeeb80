package org.emporium.search.boundary;

import java.io.Serializable;

/**
 * A query of the search report: how often it was searched, its average result count, clicks on its results and
 * orders placed after it.
 */
public record QueryFigures(String query, long searches, double averageResults, long clicks, long orders)
        implements Serializable {

    /** What the report's JPQL constructor expression hands over: counts and sums may be null or boxed. */
    public QueryFigures(String query, Long searches, Double averageResults, Long clicks, Long orders) {
        this(
                query,
                searches == null ? 0L : searches.longValue(),
                averageResults == null ? 0.0 : averageResults.doubleValue(),
                clicks == null ? 0L : clicks.longValue(),
                orders == null ? 0L : orders.longValue());
    }
}
