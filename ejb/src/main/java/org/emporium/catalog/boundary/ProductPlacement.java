package org.emporium.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/** Where a product is filed: its category with every ancestor up to the top, and its brand (or null). */
public record ProductPlacement(long productId, List<Long> categoryPath, Long brandId) implements Serializable {

    public ProductPlacement {
        categoryPath = List.copyOf(categoryPath);
    }
}
