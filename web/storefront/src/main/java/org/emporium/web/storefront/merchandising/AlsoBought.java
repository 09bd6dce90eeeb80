package org.emporium.web.storefront.merchandising;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.merchandising.boundary.SalesRankings;
import org.emporium.web.storefront.product.ProductCard;

/** {@code #{alsoBought.cards(productId)}}: up to six products most often bought in the same order. */
@RequestScoped
@Named
public class AlsoBought {

    static final int MAX = 6;

    @Inject
    SalesRankings rankings;

    @Inject
    ProductCards cards;

    /** Pages may ask more than once per request (rendered, then the list itself). */
    private final Map<Long, List<ProductCard>> shown = new HashMap<>();

    public List<ProductCard> cards(Long productId) {
        // Asks for a few more, since some may have gone off the shelf since they were bought.
        return productId == null
                ? List.of()
                : shown.computeIfAbsent(productId, id -> cards.byIds(rankings.alsoBought(id, MAX + 4), MAX));
    }
}
