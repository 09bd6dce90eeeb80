package org.emporium.web.storefront.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.emporium.search.boundary.ProductSearch;
import org.emporium.search.boundary.SearchHit;
import org.emporium.web.ui.LocaleSwitch;

/**
 * "Similar products" on the product page, from the search index (name, category, brand, attributes). The
 * same for every visitor of a product, so the page's kept HTML (PageCache) may hold it; it is as fresh as
 * that HTML, which the product's own events and the cache's time to live bound.
 */
@RequestScoped
@Named
public class SimilarProducts {

    static final int SHOWN = 6;

    @Inject
    ProductSearch search;

    @Inject
    LocaleSwitch locale;

    public List<SearchHit> of(long productId) {
        return search.similar(productId, SHOWN, locale.getCurrent());
    }
}
