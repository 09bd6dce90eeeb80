package org.emporium.catalog.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.emporium.platform.money.Money;

/**
 * One page of a product list with the facet counts for the same choices: immutable, so a node can keep
 * it and hand it to every shopper who asks the same question.
 */
public record ShelfPage(List<Card> products, long total, int page, int pageSize, Facets facets)
        implements Serializable {

    public ShelfPage {
        products = List.copyOf(products);
    }

    public int pageCount() {
        return (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** A product as a list shows it: the lowest SKU price and, when that SKU is discounted, its list price. */
    public record Card(
            long id,
            String slug,
            String name,
            String brandName,
            Money price,
            Money listPrice,
            boolean priceVaries,
            Long coverMediaId)
            implements Serializable {

        public boolean discounted() {
            return listPrice != null && listPrice.compareTo(price) > 0;
        }

        public String coverUrl() {
            return coverMediaId == null ? null : "/media/" + coverMediaId;
        }
    }

    /**
     * Counts for each choice the shopper could add or change. A facet's counts ignore the facet's own
     * choice (choosing "blue" does not make "white" count zero), and honour every other one.
     */
    public record Facets(List<BrandCount> brands, List<AttributeFacet> attributes, List<PriceBand> priceBands)
            implements Serializable {

        public Facets {
            brands = List.copyOf(brands);
            attributes = List.copyOf(attributes);
            priceBands = List.copyOf(priceBands);
        }

        public static Facets none() {
            return new Facets(List.of(), List.of(), List.of());
        }
    }

    public record BrandCount(String slug, String name, long count, boolean selected) implements Serializable {}

    public record AttributeFacet(String code, String name, List<OptionCount> options) implements Serializable {

        public AttributeFacet {
            options = List.copyOf(options);
        }

        public boolean anySelected() {
            return options.stream().anyMatch(OptionCount::selected);
        }
    }

    public record OptionCount(String code, String label, long count, boolean selected) implements Serializable {}

    /** Products whose lowest price is at least {@code from} and below {@code to} (open when null). */
    public record PriceBand(BigDecimal from, BigDecimal to, long count, boolean selected) implements Serializable {}
}
