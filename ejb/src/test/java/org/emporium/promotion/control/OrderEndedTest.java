package org.emporium.promotion.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderEndedTest {

    static String change(String to) {
        return "{\"orderId\":\"7\",\"orderNumber\":\"26120500001000\",\"from\":\"AWAITING_PAYMENT\",\"to\":\"" + to
                + "\",\"actor\":\"system\",\"reason\":null,\"at\":\"2026-12-05T10:00:00Z\"}";
    }

    @Test
    void a_cancelled_or_closed_order_gives_its_promotions_back_and_no_other_move_does() {
        assertThat(OrderEnded.orderNumber(change("CANCELLED"))).contains("26120500001000");
        assertThat(OrderEnded.orderNumber(change("CLOSED"))).contains("26120500001000");
        assertThat(OrderEnded.orderNumber(change("PAID"))).isEmpty();
        assertThat(OrderEnded.orderNumber(change("SHIPPED"))).isEmpty();
    }

    @Test
    void a_payload_it_cannot_read_is_refused() {
        assertThatThrownBy(() -> OrderEnded.orderNumber("{\"to\":\"CANCELLED\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderEnded.orderNumber("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
