package org.emporium.order.control;

import jakarta.json.JsonObjectBuilder;
import org.emporium.order.entity.ServiceChange;
import org.emporium.order.entity.ServiceRequest;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.json.Jsons;

/**
 * The event of the service centre: {@code order.service-request-changed} for every status change of a request
 * (its creation included), so that notifications, CRM and reports can follow refunds, returns and complaints.
 */
public final class ServiceEvents {

    public static final String AGGREGATE = "service-request";
    public static final String CHANGED = "order.service-request-changed";

    private ServiceEvents() {}

    /**
     * {@code requestNumber}, {@code kind}, {@code orderNumber} (or null), {@code from} (null at creation), {@code to},
     * {@code actor}, {@code reason} (or null), {@code at}, and for goods {@code lines: [{skuCode, quantity}]}.
     */
    public static DomainEvent changed(ServiceRequest request, ServiceChange change) {
        JsonObjectBuilder payload = Jsons.createObjectBuilder()
                .add("requestNumber", request.getNumber())
                .add("kind", request.getKind().name())
                .add("to", change.getTo().name())
                .add("actor", change.getActor())
                .add("at", change.getOccurredAt().toString());
        nullable(payload, "orderNumber", request.getOrderNumber());
        nullable(
                payload,
                "from",
                change.getFrom() == null ? null : change.getFrom().name());
        nullable(payload, "reason", change.getReason());
        if (!request.getLines().isEmpty()) {
            var lines = Jsons.createArrayBuilder();
            request.getLines()
                    .forEach(l -> lines.add(Jsons.createObjectBuilder()
                            .add("skuCode", l.getSkuCode())
                            .add("quantity", l.getQuantity())));
            payload.add("lines", lines);
        }
        return DomainEvent.now(
                CHANGED, AGGREGATE, request.getId(), payload.build().toString());
    }

    private static void nullable(JsonObjectBuilder payload, String name, String value) {
        if (value == null) {
            payload.addNull(name);
        } else {
            payload.add(name, value);
        }
    }
}
