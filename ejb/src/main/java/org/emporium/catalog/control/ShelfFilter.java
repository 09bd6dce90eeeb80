package org.emporium.catalog.control;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A shopper's list question with slugs and codes resolved to ids: the categories to list (the chosen one
 * and all below it) or one brand, the chosen brands, a price range (lowest price at least {@code minPrice}
 * and below {@code maxPrice}) and, per attribute, the options of which a product must have one.
 */
public record ShelfFilter(
        Set<Long> categoryIds,
        Long scopeBrandId,
        SortedSet<Long> brandIds,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        SortedMap<Long, SortedSet<Long>> options,
        OffsetDateTime now) {

    public ShelfFilter {
        if ((categoryIds == null) == (scopeBrandId == null)) {
            throw new IllegalArgumentException("A list is either a category's or a brand's");
        }
        categoryIds = categoryIds == null ? null : Set.copyOf(new TreeSet<>(categoryIds));
        brandIds = brandIds == null ? new TreeSet<>() : new TreeSet<>(brandIds);
        TreeMap<Long, SortedSet<Long>> copy = new TreeMap<>();
        if (options != null) {
            options.forEach((k, v) -> copy.put(k, new TreeSet<>(v)));
        }
        options = copy;
        Objects.requireNonNull(now, "now");
    }

    public static ShelfFilter ofCategories(Set<Long> categoryIds, OffsetDateTime now) {
        return new ShelfFilter(categoryIds, null, null, null, null, null, now);
    }

    public static ShelfFilter ofBrand(long brandId, OffsetDateTime now) {
        return new ShelfFilter(null, brandId, null, null, null, null, now);
    }

    public ShelfFilter withBrands(Set<Long> ids) {
        return new ShelfFilter(categoryIds, scopeBrandId, new TreeSet<>(ids), minPrice, maxPrice, options, now);
    }

    public ShelfFilter withPrice(BigDecimal min, BigDecimal max) {
        return new ShelfFilter(categoryIds, scopeBrandId, brandIds, min, max, options, now);
    }

    public ShelfFilter withOptions(Map<Long, ? extends Set<Long>> chosen) {
        TreeMap<Long, SortedSet<Long>> copy = new TreeMap<>();
        chosen.forEach((k, v) -> copy.put(k, new TreeSet<>(v)));
        return new ShelfFilter(categoryIds, scopeBrandId, brandIds, minPrice, maxPrice, copy, now);
    }
}
