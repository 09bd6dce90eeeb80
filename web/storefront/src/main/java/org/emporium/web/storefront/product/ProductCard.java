package org.emporium.web.storefront.product;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.Sku;

/**
 * A product as a list shows it: its name, the lowest price of its SKUs and, when that SKU is discounted,
 * the list price struck through beside it. A plain bean, since the pages' EL cannot read records.
 */
public final class ProductCard {

    private final String slug;
    private final String name;
    private final String initial;
    private final String price;
    private final String listPrice;
    private final boolean priceVaries;

    private ProductCard(String slug, String name, String price, String listPrice, boolean priceVaries) {
        this.slug = slug;
        this.name = name;
        this.initial = initialOf(name);
        this.price = price;
        this.listPrice = listPrice;
        this.priceVaries = priceVaries;
    }

    public static ProductCard of(Product product, Locale locale) {
        Optional<Sku> cheapest = product.getSkus().stream().min(Comparator.comparing(Sku::price));
        boolean varies = product.getSkus().stream()
                        .map(s -> s.price().amount())
                        .distinct()
                        .count()
                > 1;
        return new ProductCard(
                product.getSlug(),
                product.name(locale),
                cheapest.map(s -> MoneyFormat.of(s.price())).orElse(""),
                cheapest.filter(Sku::isDiscounted)
                        .map(s -> MoneyFormat.of(s.listPrice()))
                        .orElse(null),
                varies);
    }

    /** The first character of a name, upper-cased: a whole character, even outside the Basic Multilingual Plane. */
    public static String initialOf(String name) {
        return name == null || name.isEmpty()
                ? ""
                : new String(Character.toChars(name.codePointAt(0))).toUpperCase(Locale.ROOT);
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    /** What the picture placeholder shows until products have photos. */
    public String getInitial() {
        return initial;
    }

    public String getPrice() {
        return price;
    }

    /** The struck-through list price, or null when the cheapest SKU is not discounted. */
    public String getListPrice() {
        return listPrice;
    }

    public boolean isDiscounted() {
        return listPrice != null;
    }

    /** True when the SKUs cost different amounts, so the shown price is a "from" price. */
    public boolean isPriceVaries() {
        return priceVaries;
    }
}
