package org.emporium.web.storefront.shelf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.emporium.catalog.boundary.Shelf;
import org.emporium.catalog.boundary.ShelfPage;
import org.emporium.catalog.boundary.ShelfQuery;
import org.emporium.catalog.boundary.ShelfSort;
import org.emporium.platform.money.Money;
import org.emporium.web.storefront.product.MoneyFormat;
import org.emporium.web.ui.LocaleSwitch;
import org.omnifaces.util.Faces;

/**
 * The product list that category and brand pages share ({@code /WEB-INF/templates/shelf-list.xhtml}):
 * the shopper's choices read from the URL, one page of products with the facet counts, and the links
 * that change one choice each, so that the list works with links and a GET form alone.
 */
@RequestScoped
@Named("listing")
public class ProductListing {

    public static final int PAGE_SIZE = 24;

    @Inject
    Shelf shelf;

    @Inject
    LocaleSwitch locale;

    private ShelfQuery query;
    private ShelfPage page;
    private Map<String, String> fixed = Map.of();

    /** Reads the list for the given scope and the request's choices; false when the scope does not exist. */
    public boolean show(ShelfQuery scope, Map<String, String> fixedParameters) {
        fixed = fixedParameters;
        query = ListParameters.parse(scope, Faces.getRequestParameterValuesMap(), PAGE_SIZE);
        page = shelf.list(query, locale.getCurrent()).orElse(null);
        if (page != null && query.page() > 0 && page.products().isEmpty() && page.total() > 0) {
            // A page beyond the end (the list shrank since the link was made): show the last one.
            query = query.withPage(page.pageCount() - 1, PAGE_SIZE);
            page = shelf.list(query, locale.getCurrent()).orElse(null);
        }
        // The rendered page may be kept until a list changes: see PageCache.
        Faces.setRequestAttribute(PageCache.TAG, "list");
        return page != null;
    }

    public ShelfPage getPage() {
        return page;
    }

    public ShelfQuery getQuery() {
        return query;
    }

    public List<ShelfPage.Card> getProducts() {
        return page.products();
    }

    public ShelfPage.Facets getFacets() {
        return page.facets();
    }

    public boolean isFiltered() {
        return query.hasFilters();
    }

    public List<ShelfSort> getSorts() {
        return Arrays.asList(ShelfSort.values());
    }

    public String getMin() {
        return query.minPrice() == null ? "" : query.minPrice().toPlainString();
    }

    public String getMax() {
        return query.maxPrice() == null ? "" : query.maxPrice().toPlainString();
    }

    public String brandLink(String brand) {
        return link(ListParameters.toggleBrand(query, brand));
    }

    public String optionLink(String attribute, String option) {
        return link(ListParameters.toggleOption(query, attribute, option));
    }

    /** Chooses a band, or clears the price range when the band is the one chosen. */
    public String bandLink(ShelfPage.PriceBand band) {
        return band.selected()
                ? link(query.withPrice(null, null).withPage(0, PAGE_SIZE))
                : link(query.withPrice(band.from(), band.to()).withPage(0, PAGE_SIZE));
    }

    public String sortLink(ShelfSort sort) {
        return link(query.withSort(sort).withPage(0, PAGE_SIZE));
    }

    public String pageLink(int index) {
        return link(query.withPage(index, PAGE_SIZE));
    }

    /** The list without any facet choice, in the same order. */
    public String getClearLink() {
        return link(
                new ShelfQuery(query.scope(), query.scopeSlug(), null, null, null, null, query.sort(), 0, PAGE_SIZE));
    }

    /** An amount of a price band as the page shows it: yuan without decimals when whole. */
    public String amount(BigDecimal amount) {
        return amount == null
                ? ""
                : MoneyFormat.of(amount.setScale(2), Money.CNY).replace(".00", "");
    }

    public String money(Money money) {
        return MoneyFormat.of(money);
    }

    private String link(ShelfQuery q) {
        String qs = ListParameters.queryString(fixed, q);
        return qs.isEmpty() ? "?" : qs;
    }
}
