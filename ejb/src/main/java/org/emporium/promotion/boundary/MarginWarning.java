package org.emporium.promotion.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A campaign could sell a unit too low. Against a known cost price: the SKU named (or a bundle, when null) could
 * sell at {@code paid} per unit, below its {@code cost}. Without one ({@code cost} null): at {@code share} of the
 * price (0.45 = 45%), for the SKU named, or for every SKU without a cost price when {@code skuCode} is null;
 * {@code floor} is the share it should not go under.
 */
public record MarginWarning(String skuCode, BigDecimal share, BigDecimal floor, BigDecimal paid, BigDecimal cost)
        implements Serializable {

    /** Whether it was judged against the cost price; otherwise no cost was known and the share rule applied. */
    public boolean againstCost() {
        return cost != null;
    }
}
