package org.emporium.catalog.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A product in both languages with everything a search index files it under: names, description (sanitised
 * HTML as staff saved it), brand, the category path from the root, attribute and variant values, SKU codes,
 * the lowest price and whether shoppers may see it at all ({@code onSale}; the publish window is checked by
 * whoever shows it).
 */
public record IndexedProduct(
        long id,
        String slug,
        String nameZh,
        String nameEn,
        String descriptionZh,
        String descriptionEn,
        boolean onSale,
        OffsetDateTime publishAt,
        OffsetDateTime unpublishAt,
        OffsetDateTime createdAt,
        Named brand,
        List<Named> categoryPath,
        List<Value> values,
        List<String> skuCodes,
        BigDecimal minPrice,
        String currency,
        Long coverMediaId)
        implements Serializable {

    public IndexedProduct {
        categoryPath = List.copyOf(categoryPath);
        values = List.copyOf(values);
        skuCodes = List.copyOf(skuCodes);
    }

    /** A brand or category: its URL name and its names in both languages. */
    public record Named(String slug, String nameZh, String nameEn) implements Serializable {}

    /**
     * An attribute value of the product or of one of its SKUs. {@code optionCode} is set for options (what a
     * filter chooses); {@code facet} says whether shoppers filter lists by this attribute.
     */
    public record Value(
            String attributeCode,
            String attributeZh,
            String attributeEn,
            String optionCode,
            String valueZh,
            String valueEn,
            boolean facet)
            implements Serializable {}
}
