package org.emporium.order.boundary;

import java.util.EnumSet;
import java.util.Set;
import org.emporium.order.entity.OrderStatus;

/**
 * The tabs of a shopper's order centre and the statuses each shows. Every status is under exactly one tab
 * besides {@link #ALL}: a cash-on-delivery order just created waits to ship, not to be paid.
 */
public enum OrderTab {
    ALL(EnumSet.allOf(OrderStatus.class)),
    AWAITING_PAYMENT(EnumSet.of(OrderStatus.AWAITING_PAYMENT)),
    TO_SHIP(EnumSet.of(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.IN_REVIEW, OrderStatus.ALLOCATED)),
    SHIPPED(EnumSet.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED)),
    COMPLETED(EnumSet.of(OrderStatus.COMPLETED)),
    ENDED(EnumSet.of(OrderStatus.CANCELLED, OrderStatus.CLOSED));

    private final Set<OrderStatus> statuses;

    OrderTab(Set<OrderStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<OrderStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }

    /** The tab a request names, {@link #ALL} for anything else. */
    public static OrderTab named(String name) {
        if (name != null) {
            for (OrderTab tab : values()) {
                if (tab.name().equalsIgnoreCase(name.strip())) {
                    return tab;
                }
            }
        }
        return ALL;
    }
}
