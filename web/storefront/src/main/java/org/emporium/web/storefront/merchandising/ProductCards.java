package org.emporium.web.storefront.merchandising;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.entity.Category;
import org.emporium.catalog.entity.Product;
import org.emporium.web.storefront.product.ProductCard;
import org.emporium.web.ui.LocaleSwitch;

/**
 * Turns what merchandising lists (product ids, URL names, a category) into the cards the pages show, skipping
 * whatever a shopper may not see (a draft, a product off the shelf or outside its publish window). One lookup
 * per product and request, however many slots list it.
 */
@RequestScoped
public class ProductCards {

    @Inject
    Catalog catalog;

    @Inject
    LocaleSwitch locale;

    private final Map<Object, Optional<Product>> products = new HashMap<>();

    public List<ProductCard> byIds(List<Long> ids, int max) {
        List<ProductCard> cards = new ArrayList<>();
        for (Long id : ids) {
            if (cards.size() >= max) {
                break;
            }
            products.computeIfAbsent(id, k -> catalog.product(id))
                    .filter(ProductCards::visible)
                    .ifPresent(p -> cards.add(ProductCard.of(p, locale.getCurrent())));
        }
        return cards;
    }

    public List<ProductCard> bySlugs(List<String> slugs, int max) {
        List<ProductCard> cards = new ArrayList<>();
        for (String slug : slugs) {
            if (cards.size() >= max) {
                break;
            }
            products.computeIfAbsent(slug, k -> catalog.onSale(slug))
                    .filter(ProductCards::visible)
                    .ifPresent(p -> cards.add(ProductCard.of(p, locale.getCurrent())));
        }
        return cards;
    }

    /** The newest products on sale in a category and its children; none for an unknown category. */
    public List<ProductCard> inCategory(String categorySlug, int max) {
        Optional<Category> category = catalog.category(categorySlug);
        if (category.isEmpty()) {
            return List.of();
        }
        return catalog.onSale(category.get().getId(), 0, max).stream()
                .filter(ProductCards::visible)
                .map(p -> ProductCard.of(p, locale.getCurrent()))
                .toList();
    }

    private static boolean visible(Product product) {
        return product.isVisibleAt(OffsetDateTime.now(ZoneOffset.UTC));
    }
}
