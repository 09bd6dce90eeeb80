package org.emporium.web.storefront.category;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.entity.Category;
import org.emporium.catalog.entity.Product;
import org.emporium.web.storefront.navigation.CategoryMenu;
import org.emporium.web.storefront.product.ProductCard;
import org.emporium.web.ui.LocaleSwitch;
import org.omnifaces.util.Faces;

/** {@code category.xhtml?slug=...&page=...}: a category with its sub-categories and products, a page at a time. */
@RequestScoped
@Named
public class CategoryPage {

    static final int PAGE_SIZE = 24;

    @Inject
    Catalog catalog;

    @Inject
    CategoryMenu menu;

    @Inject
    LocaleSwitch locale;

    private String slug;
    private String page;
    private int pageIndex;
    private Category category;
    private List<ProductCard> products = List.of();
    private boolean more;

    /** Runs before rendering; an unknown category is a real 404, so search engines drop stale links. */
    public void load() throws IOException {
        category = slug == null ? null : catalog.category(slug).orElse(null);
        if (category == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No category " + slug);
            return;
        }
        menu.select(category);
        pageIndex = pageIndex(page);
        // One more than a page tells whether there is a next page without counting the whole category.
        List<Product> found = catalog.onSale(category.getId(), pageIndex * PAGE_SIZE, PAGE_SIZE + 1);
        more = found.size() > PAGE_SIZE;
        products = found.stream()
                .limit(PAGE_SIZE)
                .map(p -> ProductCard.of(p, locale.getCurrent()))
                .toList();
    }

    /** A hand-edited or stale page number shows the first page rather than an error. */
    static int pageIndex(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page.trim()), 10_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public String getName() {
        return category.name(locale.getCurrent());
    }

    public Category getParent() {
        return menu.parent(category);
    }

    public List<Category> getChildren() {
        return menu.children(category);
    }

    public List<ProductCard> getProducts() {
        return products;
    }

    public boolean isMore() {
        return more;
    }

    public int getPageIndex() {
        return pageIndex;
    }

    public Category getCategory() {
        return category;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
