package org.emporium.promotion.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A campaign could sell below the margin floor: at {@code share} of the price (0.45 = 45%), for the SKU named,
 * or for every SKU in its scope when {@code skuCode} is null; {@code floor} is the share it should not go under.
 */
public record MarginWarning(String skuCode, BigDecimal share, BigDecimal floor) implements Serializable {}
