package org.emporium.web.storefront.shelf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.emporium.catalog.boundary.BrandView;
import org.emporium.catalog.boundary.Shelf;
import org.emporium.catalog.boundary.ShelfQuery;
import org.emporium.web.ui.LocaleSwitch;
import org.omnifaces.util.Faces;

/** {@code /brand/<slug>}: a brand's story and its products on sale, in the same list as a category's. */
@RequestScoped
@Named
public class BrandPage {

    @Inject
    Shelf shelf;

    @Inject
    LocaleSwitch locale;

    @Inject
    ProductListing listing;

    private String slug;
    private BrandView brand;

    public void load() throws IOException {
        brand = slug == null ? null : shelf.brand(slug, locale.getCurrent()).orElse(null);
        // The list's links are relative to /brand/<slug>, which names the brand already.
        if (brand == null || !listing.show(ShelfQuery.brand(slug), Map.of())) {
            brand = null;
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No brand " + slug);
        }
    }

    public BrandView getBrand() {
        return brand;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
