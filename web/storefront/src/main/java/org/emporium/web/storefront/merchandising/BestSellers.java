package org.emporium.web.storefront.merchandising;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.merchandising.boundary.SalesRankings;
import org.emporium.web.storefront.product.ProductCard;

/** {@code #{bestSellers.cards(categoryId)}}: the top ten of the last 30 days, in a category or everywhere. */
@RequestScoped
@Named
public class BestSellers {

    static final int TOP = 10;

    @Inject
    SalesRankings rankings;

    @Inject
    ProductCards cards;

    /** Pages may ask more than once per request (rendered, then the list itself). */
    private final Map<Long, List<ProductCard>> shown = new HashMap<>();

    public List<ProductCard> cards(Long categoryId) {
        return shown.computeIfAbsent(
                categoryId, id -> cards.byIds(rankings.bestSellers(id, SalesRankings.DEFAULT_WINDOW_DAYS, TOP), TOP));
    }
}
