package org.emporium.order.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.emporium.inventory.boundary.Stock;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.StatusChange;
import org.emporium.platform.events.DomainEvents;

/**
 * Moves an order and does what the move means elsewhere, in the same transaction: a cancelled or closed order
 * releases its stock and its delivery slot, a shipped one consumes it; every move is published as {@code order.status-changed}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderFlow {

    @Inject
    Stock stock;

    @Inject
    DomainEvents events;

    @Inject
    CheckoutRules rules;

    public StatusChange move(SalesOrder order, OrderStatus target, String actor, String reason) {
        StatusChange change = order.moveTo(target, actor, reason, OffsetDateTime.now(ZoneOffset.UTC));
        if (target == OrderStatus.CANCELLED || target == OrderStatus.CLOSED) {
            // The slot's booking before the stock, in the order placing takes them: no deadlock between the two.
            if (order.getDeliverySlotId() != null) {
                rules.release(order.getDeliverySlotId(), order.getDeliveryDate());
            }
            stock.release(stockReference(order), reason);
        } else if (target == OrderStatus.SHIPPED) {
            stock.consume(stockReference(order));
        }
        events.record(OrderEvents.statusChanged(order, change));
        return change;
    }

    /** What the order's stock is held under in the inventory. */
    public static String stockReference(SalesOrder order) {
        return "order:" + order.getId();
    }
}
