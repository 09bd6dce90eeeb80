package org.emporium.promotion.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A cart as the engine sees it: lines with what they are (product, categories with their ancestors, brand),
 * their unit price and quantity; who buys (their groups), through which channel, when, and the delivery fee
 * before any promotion. Amounts are in the shop's currency with two decimals.
 */
public record PricingCart(
        List<Line> lines, Set<String> shopperGroups, String channel, Instant at, BigDecimal shippingFee)
        implements Serializable {

    public PricingCart {
        lines = List.copyOf(lines);
        shopperGroups = Set.copyOf(shopperGroups);
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        shippingFee = Money2.of(shippingFee == null ? BigDecimal.ZERO : shippingFee);
        if (shippingFee.signum() < 0) {
            throw new IllegalArgumentException("A delivery fee cannot be negative");
        }
        if (lines.stream().map(Line::skuCode).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("One line per SKU");
        }
    }

    /** One SKU of the cart. */
    public record Line(
            String skuCode, long productId, Set<Long> categoryIds, Long brandId, BigDecimal unitPrice, int quantity)
            implements Serializable {

        public Line {
            Objects.requireNonNull(skuCode, "skuCode");
            categoryIds = Set.copyOf(categoryIds);
            unitPrice = Money2.of(unitPrice);
            if (unitPrice.signum() < 0) {
                throw new IllegalArgumentException("A price cannot be negative");
            }
            if (quantity <= 0) {
                throw new IllegalArgumentException("A quantity must be positive");
            }
        }

        public BigDecimal amount() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    public BigDecimal itemsTotal() {
        return lines.stream().map(Line::amount).reduce(Money2.ZERO, BigDecimal::add);
    }
}
