package org.emporium.catalog.boundary;

import java.io.Serializable;
import org.emporium.catalog.entity.ProductStatus;

/** What the back office's product list filters on; every part is optional. */
public record ProductFilter(String text, ProductStatus status, Long categoryId, Long brandId) implements Serializable {

    public ProductFilter(String text, ProductStatus status, Long categoryId) {
        this(text, status, categoryId, null);
    }

    public static ProductFilter none() {
        return new ProductFilter(null, null, null, null);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
