package org.emporium.web.storefront.category;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.emporium.catalog.boundary.CategoryView;
import org.emporium.catalog.boundary.Shelf;
import org.emporium.catalog.boundary.ShelfQuery;
import org.emporium.web.storefront.navigation.CategoryMenu;
import org.emporium.web.storefront.shelf.ListParameters;
import org.emporium.web.storefront.shelf.ProductListing;
import org.emporium.web.ui.LocaleSwitch;
import org.omnifaces.util.Faces;

/**
 * {@code category.xhtml?slug=...} with the list's choices ({@link ListParameters}): a category with its
 * sub-categories and the products on sale in it and every category below it, filtered, sorted and paged.
 */
@RequestScoped
@Named
public class CategoryPage {

    @Inject
    Shelf shelf;

    @Inject
    CategoryMenu menu;

    @Inject
    LocaleSwitch locale;

    @Inject
    ProductListing listing;

    private String slug;
    private CategoryView category;

    /** Runs before rendering; an unknown category is a real 404, so search engines drop stale links. */
    public void load() throws IOException {
        category =
                slug == null ? null : shelf.category(slug, locale.getCurrent()).orElse(null);
        if (category == null || !listing.show(ShelfQuery.category(slug), Map.of("slug", slug))) {
            category = null;
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No category " + slug);
            return;
        }
        // The header highlights the root category's tab.
        menu.selectRoot(category.path().get(0).slug());
    }

    /** A hand-edited or stale page number shows the first page rather than an error. */
    static int pageIndex(String page) {
        return ListParameters.pageIndex(page);
    }

    public CategoryView getCategory() {
        return category;
    }

    public String getName() {
        return category.name();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
