package org.emporium.search.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.emporium.catalog.boundary.IndexedProduct;
import org.emporium.catalog.boundary.SearchFeed;
import org.emporium.inventory.boundary.Stock;
import org.emporium.inventory.boundary.StockLevel;
import org.emporium.merchandising.boundary.SalesRankings;
import org.emporium.search.control.NodeIndex;

/**
 * Keeps this node's index in step with the catalogue and the stock: one product after its event, a page of
 * products for the rebuild job, everything at once when the structure changed or the index is new, the
 * in-stock mark of products whose SKUs' stock changed. Reads the catalogue
 * through its feed; the index is on this node's disk, so nothing here joins a database transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexing {

    static final int PAGE = 500;
    /** How many of the recent best sellers lend their rank to relevance. */
    static final int RANKED = 1000;

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());

    @Inject
    NodeIndex node;

    @Inject
    SearchFeed feed;

    @Inject
    SalesRankings rankings;

    @Inject
    Stock stock;

    /** Files the product as it is now: written when on sale, taken out otherwise or when it is gone. */
    public void productChanged(long productId) {
        Optional<IndexedProduct> product = feed.product(productId);
        if (product.isPresent()) {
            node.get()
                    .put(
                            List.of(product.get()),
                            popularity()::getOrDefault0,
                            inStock(product.get())::contains,
                            System.currentTimeMillis());
        } else {
            node.get().remove(productId);
        }
    }

    /** Writes a page of products read from the feed, marked with the rebuild's stamp. */
    public void put(List<IndexedProduct> products, long stamp) {
        node.get().put(products, popularity()::getOrDefault0, inStock(products)::contains, stamp);
    }

    /**
     * Stock of the SKUs changed: their products are marked in stock (any SKU has units to sell) or sold out
     * again, which moves them in the ranking. Answers how many products changed their mark.
     */
    public int stockChanged(Collection<String> skuCodes) {
        Map<Long, List<String>> products = node.get().productsWithSkus(skuCodes);
        if (products.isEmpty()) {
            return 0;
        }
        Set<String> codes = new HashSet<>();
        products.values().forEach(codes::addAll);
        Map<String, StockLevel> levels = stock.levels(codes);
        Map<Long, Boolean> inStock = new HashMap<>();
        products.forEach((id, skus) ->
                inStock.put(id, skus.stream().map(levels::get).anyMatch(l -> l != null && l.available() > 0)));
        return node.get().restock(inStock);
    }

    /** Ends a rebuild: products it did not write are gone from the catalogue; suggestions start afresh. */
    public long finishRebuild(long stamp) {
        long removed = node.get().removeOlderThan(stamp);
        LOG.info(() -> "Search index rebuilt: " + node.get().size() + " products, " + removed + " removed");
        return removed;
    }

    /** When this node's latest full rebuild started (0: none yet), to let a burst of changes share one rebuild. */
    private static final java.util.concurrent.atomic.AtomicLong LAST_REBUILD_START =
            new java.util.concurrent.atomic.AtomicLong();

    /**
     * Rebuilds the whole index for a change announced at {@code sentAtMillis} (its message's send time: the outbox
     * relay sends only what was committed), unless a rebuild that started after that has read the change already:
     * a burst of category or brand changes then costs one or two rebuilds, not one each.
     */
    public void rebuildAfter(long sentAtMillis) {
        if (sentAtMillis > 0 && sentAtMillis < LAST_REBUILD_START.get()) {
            LOG.fine(() -> "A rebuild since the change sent at " + sentAtMillis + " has it already");
            return;
        }
        rebuildAll();
    }

    /** Rebuilds the whole index in this call; for a new node and after the category tree or brands changed. */
    public void rebuildAll() {
        long stamp = System.currentTimeMillis();
        LAST_REBUILD_START.accumulateAndGet(stamp, Math::max);
        Popularity popularity = popularity();
        long last = 0;
        for (List<IndexedProduct> page = feed.after(last, PAGE); !page.isEmpty(); page = feed.after(last, PAGE)) {
            node.get().put(page, popularity::getOrDefault0, inStock(page)::contains, stamp);
            last = page.get(page.size() - 1).id();
        }
        finishRebuild(stamp);
    }

    public boolean empty() {
        return node.get().size() == 0;
    }

    /** The ids of the products that have units of any SKU to sell now. */
    private Set<Long> inStock(IndexedProduct product) {
        return inStock(List.of(product));
    }

    private Set<Long> inStock(List<IndexedProduct> products) {
        Set<String> codes = new HashSet<>();
        products.forEach(p -> codes.addAll(p.skuCodes()));
        Map<String, StockLevel> levels = stock.levels(codes);
        Set<Long> answer = new HashSet<>();
        for (IndexedProduct p : products) {
            if (p.skuCodes().stream().map(levels::get).anyMatch(l -> l != null && l.available() > 0)) {
                answer.add(p.id());
            }
        }
        return answer;
    }

    /** Recent best sellers by rank: the first of 1,000 counts 1,000, the last 1, the others 0. */
    private Popularity popularity() {
        List<Long> best = rankings.bestSellers(null, SalesRankings.DEFAULT_WINDOW_DAYS, RANKED);
        Map<Long, Long> byId = new HashMap<>();
        for (int i = 0; i < best.size(); i++) {
            byId.put(best.get(i), (long) (RANKED - i));
        }
        return new Popularity(byId);
    }

    private record Popularity(Map<Long, Long> byId) {
        long getOrDefault0(long productId) {
            return byId.getOrDefault(productId, 0L);
        }
    }
}
