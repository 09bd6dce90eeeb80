package org.emporium.order.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.emporium.order.entity.OrderStatus;
import org.junit.jupiter.api.Test;

class OrderDeskTest {

    @Test
    void staff_may_make_every_move_the_state_machine_allows_except_paying_and_closing() {
        assertThat(OrderDesk.staffMoves(OrderStatus.AWAITING_PAYMENT)).containsExactly(OrderStatus.CANCELLED);
        assertThat(OrderDesk.staffMoves(OrderStatus.PAID))
                .containsExactlyInAnyOrder(OrderStatus.IN_REVIEW, OrderStatus.ALLOCATED, OrderStatus.CANCELLED);
        assertThat(OrderDesk.staffMoves(OrderStatus.ALLOCATED))
                .containsExactlyInAnyOrder(OrderStatus.SHIPPED, OrderStatus.CANCELLED);
        assertThat(OrderDesk.staffMoves(OrderStatus.SHIPPED)).containsExactly(OrderStatus.DELIVERED);
        assertThat(OrderDesk.staffMoves(OrderStatus.COMPLETED)).isEmpty();
        assertThat(OrderDesk.staffMoves(OrderStatus.CLOSED)).isEmpty();
    }

    @Test
    void the_filter_text_is_trimmed_cut_to_a_sane_length_and_its_wildcards_are_taken_literally() {
        assertThat(new OrderFilter(null, "   ", null, null).text()).isNull();
        assertThat(new OrderFilter(null, " 2612 ", null, null).pattern()).isEqualTo("%2612%");
        assertThat(new OrderFilter(null, "50%_off\\", null, null).pattern()).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(new OrderFilter(null, "x".repeat(500), null, null).text()).hasSize(64);
        assertThat(new OrderFilter(null, "Wang", null, null).pattern()).isEqualTo("%wang%");
    }

    @Test
    void a_phone_typed_with_spaces_or_dashes_is_looked_up_by_its_digits() {
        assertThat(new OrderFilter(null, "138 0013-8000", null, null).phoneDigits())
                .isEqualTo("13800138000");
        assertThat(new OrderFilter(null, "王小明", null, null).phoneDigits()).isNull();
    }

    @Test
    void the_shopper_may_cancel_until_the_warehouse_takes_the_order_paid_or_not() {
        assertThat(Orders.shopperMayCancel(OrderStatus.CREATED)).isTrue();
        assertThat(Orders.shopperMayCancel(OrderStatus.AWAITING_PAYMENT)).isTrue();
        assertThat(Orders.shopperMayCancel(OrderStatus.PAID)).isTrue();
        assertThat(Orders.shopperMayCancel(OrderStatus.IN_REVIEW)).isTrue();
        assertThat(Orders.shopperMayCancel(OrderStatus.ALLOCATED)).isFalse();
        assertThat(Orders.shopperMayCancel(OrderStatus.SHIPPED)).isFalse();
        assertThat(Orders.shopperMayCancel(OrderStatus.DELIVERED)).isFalse();
        assertThat(Orders.shopperMayCancel(OrderStatus.CANCELLED)).isFalse();
        for (OrderStatus s : OrderStatus.values()) {
            if (Orders.shopperMayCancel(s)) {
                assertThat(s.canMoveTo(OrderStatus.CANCELLED)).as(s.name()).isTrue();
            }
        }
    }
}
