package org.emporium.search.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A product in a result list, in the shopper's language. {@code highlightedName} is HTML: the name
 * escaped, the words that matched in {@code <mark>}; everything else is plain text. {@code soldOut}: no SKU
 * of the product had units to sell when the index last heard of its stock.
 */
public record SearchHit(
        long productId,
        String slug,
        String name,
        String highlightedName,
        String brand,
        BigDecimal price,
        String currency,
        Long coverMediaId,
        boolean pinned,
        boolean soldOut)
        implements Serializable {

    public String coverUrl() {
        return coverMediaId == null ? null : "/media/" + coverMediaId;
    }
}
