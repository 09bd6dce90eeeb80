package org.emporium.order.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.StatusChange;

/**
 * A step of an order's history as its shopper may see it: the status it led to (the same as before for a change
 * of address or remark), when, who in the shopper's words (they themselves, the shop, or the system), and why —
 * the shopper's own words and the system's, never a staff member's name or internal note.
 */
public record TimelineStep(OrderStatus from, OrderStatus to, OffsetDateTime at, Who who, String reason)
        implements Serializable {

    public enum Who {
        YOU,
        SHOP,
        SYSTEM
    }

    /** Whether the step changed the address or remark rather than the status. */
    public boolean isDeliveryChange() {
        return from != null && from == to;
    }

    /** The order's history for its buyer, oldest first. */
    public static List<TimelineStep> of(String buyer, List<StatusChange> history) {
        return history.stream()
                .map(c -> {
                    Who who = buyer.equals(c.getActor())
                            ? Who.YOU
                            : "system".equals(c.getActor())
                                            || "payment".equals(c.getActor())
                                            || "carrier".equals(c.getActor())
                                    ? Who.SYSTEM
                                    : Who.SHOP;
                    return new TimelineStep(
                            c.getFrom(), c.getTo(), c.getOccurredAt(), who, who == Who.SHOP ? null : c.getReason());
                })
                .toList();
    }
}
