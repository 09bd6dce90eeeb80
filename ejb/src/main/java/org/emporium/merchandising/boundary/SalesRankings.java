package org.emporium.merchandising.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.merchandising.control.BestSellerRanking;
import org.emporium.merchandising.control.OrderPlaced;
import org.emporium.merchandising.control.RankingCache;
import org.emporium.merchandising.control.SalesLedger;

/**
 * Best sellers by units sold in a window, per category with its subcategories, and "also bought" per product,
 * both from the orders placed. Lists are product ids, for the storefront to show as cards; they are kept for
 * a minute on each node ({@link RankingCache#LIFETIME}).
 */
@Stateless
public class SalesRankings {

    public static final int DEFAULT_WINDOW_DAYS = 30;

    @Inject
    SalesLedger ledger;

    @Inject
    RankingCache cache;

    /** The best sellers of a category and everything below it (all products when null), best first. */
    public List<Long> bestSellers(Long categoryId, int windowDays, int limit) {
        String key = "best:" + categoryId + ':' + windowDays + ':' + limit;
        return cache.lists().get(key, () -> computeBestSellers(categoryId, windowDays, limit, now()));
    }

    /** The same without the cache, at a given moment: what tests and reports need to see at once. */
    public List<Long> computeBestSellers(Long categoryId, int windowDays, int limit, OffsetDateTime now) {
        List<Long> categories = categoryId == null ? null : ledger.subtree(categoryId);
        return BestSellerRanking.rank(
                ledger.totalsSince(BestSellerRanking.windowStart(now, windowDays), categories), limit);
    }

    public List<Long> alsoBought(long productId, int limit) {
        return cache.lists().get("also:" + productId + ':' + limit, () -> ledger.alsoBought(productId, limit));
    }

    public List<Long> computeAlsoBought(long productId, int limit) {
        return ledger.alsoBought(productId, limit);
    }

    public long boughtTogether(long productId, long otherId) {
        return ledger.pairCount(productId, otherId);
    }

    /** Records a placed order's lines and pairs in the caller's transaction; false when it was already recorded. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean record(OrderPlaced order) {
        boolean recorded = ledger.record(order);
        if (recorded) {
            // This node shows its own new sales at once; the others within the cache's lifetime.
            cache.lists().clear();
        }
        return recorded;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
