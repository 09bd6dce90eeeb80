package org.emporium.batch.searchreindex;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.emporium.catalog.boundary.IndexedProduct;
import org.emporium.catalog.boundary.SearchFeed;

/**
 * Reads the catalogue's search feed a page at a time, each page in a transaction of its own, so the chunk
 * transaction holds only the job repository (as the catalogue export's reader does).
 */
@Stateless
public class CatalogFeedPages {

    @Inject
    SearchFeed feed;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<IndexedProduct> after(long lastId, int max) {
        return feed.after(lastId, max);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long count() {
        return feed.count();
    }
}
