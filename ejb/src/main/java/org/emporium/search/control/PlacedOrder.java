package org.emporium.search.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.emporium.platform.json.Jsons;

/** What the search log reads of an {@code order.placed} event: who placed it (when known) and when. */
public record PlacedOrder(OffsetDateTime placedAt, Optional<String> visitorId) {

    public static final String TYPE = "order.placed";

    public static PlacedOrder parse(String json) {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            String visitor = o.containsKey("visitorId") && !o.isNull("visitorId") ? o.getString("visitorId") : null;
            return new PlacedOrder(
                    OffsetDateTime.parse(o.getString("placedAt")),
                    Optional.ofNullable(visitor).filter(v -> !v.isBlank()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not an order.placed payload", e);
        }
    }
}
