package org.emporium.batch.catalogexport;

import java.util.List;
import org.emporium.catalog.entity.Product;

/** Products with an id above the given one, in id order: the one thing the reader needs of the catalogue. */
@FunctionalInterface
public interface ProductSource {

    List<Product> after(long lastId, int max);
}
