package org.emporium.web.storefront.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.entity.Category;
import org.emporium.web.storefront.merchandising.BestSellers;
import org.emporium.web.storefront.merchandising.SlotContent;
import org.emporium.web.storefront.merchandising.SlotTile;
import org.emporium.web.storefront.navigation.CategoryMenu;
import org.emporium.web.storefront.product.ProductCard;
import org.emporium.web.ui.LocaleSwitch;

/**
 * The home page: the hero and recommendation slots, the root categories to start from, the best sellers
 * of the last 30 days and the newest products on sale.
 */
@RequestScoped
@Named
public class HomePage {

    static final int NEWEST = 24;
    public static final String HERO_SLOT = "home-hero";
    public static final String RECOMMEND_SLOT = "home-recommend";

    @Inject
    Catalog catalog;

    @Inject
    CategoryMenu menu;

    @Inject
    LocaleSwitch locale;

    @Inject
    SlotContent slots;

    @Inject
    BestSellers bestSellers;

    private List<ProductCard> products;
    private List<ProductCard> best;

    public List<SlotTile> getHero() {
        return slots.tiles(HERO_SLOT);
    }

    public List<SlotTile> getRecommended() {
        return slots.tiles(RECOMMEND_SLOT);
    }

    public List<ProductCard> getBestSellers() {
        if (best == null) {
            best = bestSellers.cards(null);
        }
        return best;
    }

    public List<Category> getCategories() {
        return menu.getRoots();
    }

    public List<ProductCard> getProducts() {
        if (products == null) {
            products = catalog.onSale(null, 0, NEWEST).stream()
                    .map(p -> ProductCard.of(p, locale.getCurrent()))
                    .toList();
        }
        return products;
    }
}
