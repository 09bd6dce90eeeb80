package org.emporium.order.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * What a buyer has bought, as segments ask it: when they last placed an order that went ahead (paid, or cash on
 * delivery in review, up to completed) and how much such orders came to. Cancelled, closed and unpaid orders do
 * not count.
 */
public record BuyerHistory(String buyer, OffsetDateTime lastOrderedAt, BigDecimal spent, long orders)
        implements Serializable {

    /** The orders of this status went ahead: they count as bought. */
    public static final java.util.Set<org.emporium.order.entity.OrderStatus> COUNTED = java.util.EnumSet.of(
            org.emporium.order.entity.OrderStatus.PAID,
            org.emporium.order.entity.OrderStatus.IN_REVIEW,
            org.emporium.order.entity.OrderStatus.ALLOCATED,
            org.emporium.order.entity.OrderStatus.SHIPPED,
            org.emporium.order.entity.OrderStatus.DELIVERED,
            org.emporium.order.entity.OrderStatus.COMPLETED);
}
