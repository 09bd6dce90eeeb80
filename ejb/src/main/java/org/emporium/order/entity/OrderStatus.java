package org.emporium.order.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands. The allowed next states are listed here and nowhere else; {@link SalesOrder#moveTo}
 * refuses everything else. Completed, cancelled and closed are final.
 */
public enum OrderStatus {
    CREATED,
    AWAITING_PAYMENT,
    PAID,
    IN_REVIEW,
    ALLOCATED,
    SHIPPED,
    DELIVERED,
    COMPLETED,
    /** Ended by the shopper or staff before shipping; its stock is released (and a paid order refunded). */
    CANCELLED,
    /** Ended because it was not paid in time; its stock is released. */
    CLOSED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case CREATED -> EnumSet.of(AWAITING_PAYMENT, IN_REVIEW, CANCELLED); // in review: cash on delivery
            case AWAITING_PAYMENT -> EnumSet.of(PAID, CANCELLED, CLOSED);
            case PAID -> EnumSet.of(IN_REVIEW, ALLOCATED, CANCELLED);
            case IN_REVIEW -> EnumSet.of(ALLOCATED, CANCELLED);
            case ALLOCATED -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED, CLOSED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** While stock is held for the order: from placement until it ships, is cancelled or closes. */
    public boolean holdsStock() {
        return this == CREATED || this == AWAITING_PAYMENT || this == PAID || this == IN_REVIEW || this == ALLOCATED;
    }
}
