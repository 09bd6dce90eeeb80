package org.emporium.order.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.emporium.order.entity.OrderLine;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.StatusChange;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.json.Jsons;

/**
 * The events the order context publishes (docs/architecture.md, "Events"). {@code order.placed} keeps the
 * payload contract merchandising reads; {@code order.status-changed} is written for every transition.
 */
public final class OrderEvents {

    public static final String AGGREGATE = "order";
    public static final String PLACED = "order.placed";
    public static final String STATUS_CHANGED = "order.status-changed";

    public static final String CHECKOUT_RULE_CHANGED = "order.checkout-rule-changed";

    private OrderEvents() {}

    /**
     * Staff added, stopped or resumed a checkout rule ({@code kind}: shipping-rule, delivery-slot, payment-rule);
     * the audit trail records it.
     */
    public static DomainEvent ruleChanged(String kind, long id, String actor, String summary) {
        return DomainEvent.now(
                CHECKOUT_RULE_CHANGED,
                kind,
                id,
                Jsons.createObjectBuilder()
                        .add("actor", actor)
                        .add("nameEn", summary)
                        .build()
                        .toString());
    }

    /** {@code orderId} (text), {@code placedAt}, {@code lines: [{productId, skuCode, quantity}]}, optional {@code visitorId}. */
    public static DomainEvent placed(SalesOrder order) {
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        for (OrderLine line : order.getLines()) {
            lines.add(Jsons.createObjectBuilder()
                    .add("productId", line.getProductId())
                    .add("skuCode", line.getSkuCode())
                    .add("quantity", line.getQuantity()));
        }
        JsonObjectBuilder payload = Jsons.createObjectBuilder()
                .add("orderId", String.valueOf(order.getId()))
                .add("orderNumber", order.getNumber())
                .add("placedAt", order.getPlacedAt().toString())
                .add("lines", lines)
                .add("payable", order.getPayable())
                .add("currency", order.getCurrency())
                .add("actor", order.getBuyer());
        if (order.getVisitorId() != null) {
            payload.add("visitorId", order.getVisitorId());
        }
        return DomainEvent.now(PLACED, AGGREGATE, order.getId(), payload.build().toString());
    }

    /** {@code orderId}, {@code orderNumber}, {@code from}, {@code to}, {@code actor}, {@code reason}, {@code at}. */
    public static DomainEvent statusChanged(SalesOrder order, StatusChange change) {
        JsonObjectBuilder payload = Jsons.createObjectBuilder()
                .add("orderId", String.valueOf(order.getId()))
                .add("orderNumber", order.getNumber())
                .add("to", change.getTo().name())
                .add("actor", change.getActor())
                .add("at", change.getOccurredAt().toString());
        if (change.getFrom() == null) {
            payload.addNull("from");
        } else {
            payload.add("from", change.getFrom().name());
        }
        if (change.getReason() == null) {
            payload.addNull("reason");
        } else {
            payload.add("reason", change.getReason());
        }
        return DomainEvent.now(
                STATUS_CHANGED, AGGREGATE, order.getId(), payload.build().toString());
    }
}
