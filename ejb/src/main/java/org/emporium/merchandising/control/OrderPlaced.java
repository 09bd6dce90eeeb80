package org.emporium.merchandising.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.emporium.platform.json.Jsons;

/**
 * The payload of the order context's {@code order.placed} event, as merchandising reads it (docs/architecture.md,
 * "Events"): {@code {"orderId", "placedAt", "lines": [{"productId", "skuCode", "quantity"}], "visitorId"?}}.
 */
public record OrderPlaced(String orderId, OffsetDateTime placedAt, List<Line> lines, Optional<String> visitorId) {

    public static final String TYPE = "order.placed";
    public static final String AGGREGATE = "order";

    public record Line(long productId, String skuCode, int quantity) {}

    /** Reads a payload; a malformed one raises IllegalArgumentException, so the message goes to the dead-letter queue. */
    public static OrderPlaced parse(String json) {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            List<Line> lines = o.getJsonArray("lines").stream()
                    .map(JsonValue::asJsonObject)
                    .map(l -> new Line(
                            l.getJsonNumber("productId").longValueExact(),
                            l.getString("skuCode"),
                            l.getInt("quantity")))
                    .toList();
            for (Line line : lines) {
                if (line.quantity() <= 0) {
                    throw new IllegalArgumentException(
                            "Quantity " + line.quantity() + " in order " + o.getString("orderId"));
                }
            }
            String visitor = o.containsKey("visitorId") && !o.isNull("visitorId") ? o.getString("visitorId") : null;
            return new OrderPlaced(
                    o.getString("orderId"),
                    OffsetDateTime.parse(o.getString("placedAt")),
                    lines,
                    Optional.ofNullable(visitor).filter(v -> !v.isBlank()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not an order.placed payload: " + json, e);
        }
    }

    /** The payload as the order context writes it; used by tests and by anyone publishing the event. */
    public String toJson() {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        lines.forEach(l -> array.add(Jsons.createObjectBuilder()
                .add("productId", l.productId())
                .add("skuCode", l.skuCode())
                .add("quantity", l.quantity())));
        JsonObjectBuilder o = Jsons.createObjectBuilder()
                .add("orderId", orderId)
                .add("placedAt", placedAt.toString())
                .add("lines", array);
        visitorId.ifPresent(v -> o.add("visitorId", v));
        return o.build().toString();
    }
}
