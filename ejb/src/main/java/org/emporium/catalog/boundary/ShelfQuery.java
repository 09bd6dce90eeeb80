package org.emporium.catalog.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a product list page asks the shelf for: a category (with everything below it) or a brand, the
 * shopper's facet choices by brand slug, price range and attribute option codes, an order and a page.
 * Sets are kept sorted so that two URLs naming the same choices in another order share one cache entry.
 */
public record ShelfQuery(
        Scope scope,
        String scopeSlug,
        SortedSet<String> brands,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        SortedMap<String, SortedSet<String>> options,
        ShelfSort sort,
        int page,
        int pageSize)
        implements Serializable {

    public enum Scope {
        CATEGORY,
        BRAND
    }

    public static final int MAX_PAGE_SIZE = 96;

    public ShelfQuery {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(scopeSlug, "scopeSlug");
        brands = brands == null ? new TreeSet<>() : new TreeSet<>(brands);
        TreeMap<String, SortedSet<String>> copy = new TreeMap<>();
        if (options != null) {
            options.forEach((attribute, codes) -> {
                if (codes != null && !codes.isEmpty()) {
                    copy.put(attribute, new TreeSet<>(codes));
                }
            });
        }
        options = copy;
        sort = sort == null ? ShelfSort.NEWEST : sort;
        page = Math.max(0, page);
        pageSize = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            BigDecimal swap = minPrice;
            minPrice = maxPrice;
            maxPrice = swap;
        }
    }

    public static ShelfQuery category(String slug) {
        return new ShelfQuery(Scope.CATEGORY, slug, null, null, null, null, ShelfSort.NEWEST, 0, 24);
    }

    public static ShelfQuery brand(String slug) {
        return new ShelfQuery(Scope.BRAND, slug, null, null, null, null, ShelfSort.NEWEST, 0, 24);
    }

    public ShelfQuery withBrands(Set<String> slugs) {
        return new ShelfQuery(
                scope, scopeSlug, new TreeSet<>(slugs), minPrice, maxPrice, options, sort, page, pageSize);
    }

    public ShelfQuery withPrice(BigDecimal min, BigDecimal max) {
        return new ShelfQuery(scope, scopeSlug, brands, min, max, options, sort, page, pageSize);
    }

    public ShelfQuery withOptions(Map<String, ? extends Set<String>> chosen) {
        TreeMap<String, SortedSet<String>> copy = new TreeMap<>();
        chosen.forEach((k, v) -> copy.put(k, new TreeSet<>(v)));
        return new ShelfQuery(scope, scopeSlug, brands, minPrice, maxPrice, copy, sort, page, pageSize);
    }

    public ShelfQuery withSort(ShelfSort order) {
        return new ShelfQuery(scope, scopeSlug, brands, minPrice, maxPrice, options, order, page, pageSize);
    }

    public ShelfQuery withPage(int index, int size) {
        return new ShelfQuery(scope, scopeSlug, brands, minPrice, maxPrice, options, sort, index, size);
    }

    public boolean hasFilters() {
        return !brands.isEmpty() || minPrice != null || maxPrice != null || !options.isEmpty();
    }
}
