package org.emporium.web.storefront.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.entity.Category;
import org.emporium.web.storefront.navigation.CategoryMenu;
import org.emporium.web.storefront.product.ProductCard;
import org.emporium.web.ui.LocaleSwitch;

/** The home page: the root categories to start from and the newest products on sale. */
@RequestScoped
@Named
public class HomePage {

    static final int NEWEST = 24;

    @Inject
    Catalog catalog;

    @Inject
    CategoryMenu menu;

    @Inject
    LocaleSwitch locale;

    private List<ProductCard> products;

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
