package org.emporium.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PlacedOrderTest {

    @Test
    void the_visitor_and_the_moment_are_read_from_the_order_context_payload() {
        PlacedOrder order = PlacedOrder.parse("{\"orderId\":\"1050\",\"placedAt\":\"2026-12-05T10:15:00Z\","
                + "\"visitorId\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"lines\":[]}");

        assertThat(order.placedAt()).isEqualTo(OffsetDateTime.parse("2026-12-05T10:15:00Z"));
        assertThat(order.visitorId()).contains("0f8fad5b-d9cb-469f-a165-70867728950e");
    }

    @Test
    void an_order_without_a_visitor_counts_for_no_search() {
        assertThat(PlacedOrder.parse("{\"placedAt\":\"2026-12-05T10:15:00+08:00\",\"visitorId\":null}")
                        .visitorId())
                .isEmpty();
        assertThat(PlacedOrder.parse("{\"placedAt\":\"2026-12-05T10:15:00+08:00\",\"visitorId\":\" \"}")
                        .visitorId())
                .isEmpty();
    }

    @Test
    void a_payload_that_is_not_an_order_is_refused_with_a_clear_exception() {
        assertThatThrownBy(() -> PlacedOrder.parse("{\"placedAt\":\"yesterday\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlacedOrder.parse("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
