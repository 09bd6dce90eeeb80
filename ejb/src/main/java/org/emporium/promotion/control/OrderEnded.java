package org.emporium.promotion.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import org.emporium.platform.json.Jsons;

/**
 * What promotions read of an {@code order.status-changed} event: the order's number, when the order ended
 * without being paid for or kept (cancelled, or closed unpaid) — the moves that give its promotions back.
 */
public final class OrderEnded {

    public static final String TYPE = "order.status-changed";

    /** The states in which an order gives back the campaign uses and the coupon it took. */
    static final Set<String> GIVING_BACK = Set.of("CANCELLED", "CLOSED");

    private OrderEnded() {}

    /** The order number when the event moves an order to cancelled or closed; empty for any other move. */
    public static Optional<String> orderNumber(String json) {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            if (!GIVING_BACK.contains(o.getString("to"))) {
                return Optional.empty();
            }
            String number = o.getString("orderNumber");
            if (number.isBlank()) {
                throw new IllegalArgumentException("An order.status-changed event without an order number");
            }
            return Optional.of(number);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not an order.status-changed payload", e);
        }
    }
}
