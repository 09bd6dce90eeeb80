package org.emporium.catalog.boundary;

import java.io.Serializable;
import java.util.List;
import org.emporium.platform.money.Money;

/**
 * A SKU as a cart or an order must remember it: what it is called and what it costs now, in both languages,
 * and whether a shopper may buy it at this moment (its product on sale and inside its publish window).
 * Orders keep a copy of these values; they do not read the catalogue again.
 */
public record SaleableSku(
        long productId,
        String productSlug,
        String skuCode,
        String nameZh,
        String nameEn,
        String specZh,
        String specEn,
        List<Option> options,
        Money price,
        Money listPrice,
        Integer weightGrams,
        boolean buyable)
        implements Serializable {

    public SaleableSku {
        options = List.copyOf(options);
    }

    /** A place on a variant axis: the attribute and the chosen option, by code and by label in both languages. */
    public record Option(
            String attributeCode,
            String attributeZh,
            String attributeEn,
            String optionCode,
            String labelZh,
            String labelEn)
            implements Serializable {}
}
