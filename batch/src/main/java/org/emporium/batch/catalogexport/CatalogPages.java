package org.emporium.batch.catalogexport;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.entity.Product;

/**
 * Reads the catalogue a page at a time, each page in a transaction of its own. The chunk transaction then
 * holds only the job repository: a read has nothing to commit with the chunk, and keeping the application's
 * database out of it spares a second non-XA resource in one transaction.
 */
@Stateless
public class CatalogPages {

    @Inject
    Catalog catalog;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Product> after(long lastId, int max) {
        return catalog.productsAfter(lastId, max);
    }
}
