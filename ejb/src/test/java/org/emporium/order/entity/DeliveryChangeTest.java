package org.emporium.order.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emporium.order.entity.SalesOrderTest.PLACED;
import static org.emporium.order.entity.SalesOrderTest.order;
import static org.emporium.order.entity.SalesOrderTest.sku;

import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class DeliveryChangeTest {

    static final DeliveryAddress OFFICE =
            new DeliveryAddress(" 李四 ", "139-0000-1111", "上海市", "上海市", "黄浦区", "南京东路 1 号", "200001");

    SalesOrder order = order(ShippingMethod.STANDARD, new SalesOrder.Item(sku("A-1", "19.90"), 1));

    @Test
    void a_new_address_replaces_the_old_one_checked_and_is_one_step_of_the_history_without_a_status_change() {
        order.moveTo(OrderStatus.AWAITING_PAYMENT, "visitor:v1", "stock reserved", PLACED);

        var steps = order.changeDelivery(OFFICE, "310101", null, "customer:7", PLACED.plusMinutes(1));

        assertThat(order.address())
                .isEqualTo(new DeliveryAddress("李四", "13900001111", "上海市", "上海市", "黄浦区", "南京东路 1 号", "200001"));
        assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(steps).singleElement().satisfies(s -> {
            assertThat(s.getFrom()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
            assertThat(s.getTo()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
            assertThat(s.getActor()).isEqualTo("customer:7");
            assertThat(s.getReason())
                    .startsWith("address changed: 李四 13900001111")
                    .contains("南京东路 1 号");
        });
        assertThat(order.getHistory()).hasSize(3);
    }

    @Test
    void the_remark_changes_alone_and_an_unchanged_form_records_nothing() {
        var remark = order.changeDelivery(order.address(), "310115", "  ring twice  ", "customer:7", PLACED);
        assertThat(order.getRemark()).isEqualTo("ring twice");
        assertThat(remark)
                .singleElement()
                .satisfies(s -> assertThat(s.getReason()).isEqualTo("remark changed: ring twice"));

        assertThat(order.changeDelivery(order.address(), "310115", "ring twice", "customer:7", PLACED))
                .isEmpty();
        assertThat(order.getHistory()).hasSize(2);

        order.changeDelivery(order.address(), "310115", " ", "customer:7", PLACED);
        assertThat(order.getRemark()).isNull();
    }

    @Test
    void a_paid_order_being_prepared_may_still_change_but_a_shipped_one_refuses_and_keeps_its_address() {
        order.moveTo(OrderStatus.AWAITING_PAYMENT, "visitor:v1", "stock reserved", PLACED);
        order.moveTo(OrderStatus.PAID, "payment", "paid", PLACED);
        order.moveTo(OrderStatus.ALLOCATED, "clerk", "picked", PLACED);
        assertThat(order.deliveryChangeable()).isTrue();
        order.shipWith(Carrier.SF, "SF1234567890123");
        order.moveTo(OrderStatus.SHIPPED, "clerk", "shipped", PLACED);
        DeliveryAddress before = order.address();

        assertThat(order.deliveryChangeable()).isFalse();
        assertThatThrownBy(() -> order.changeDelivery(OFFICE, "310101", "x", "customer:7", PLACED))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.delivery.tooLate"));
        assertThat(order.address()).isEqualTo(before);
        assertThat(order.getRemark()).isNull();
    }

    @Test
    void a_cancelled_order_refuses_a_change() {
        order.moveTo(OrderStatus.CANCELLED, "customer:7", "changed my mind", PLACED);

        assertThatThrownBy(() -> order.changeDelivery(OFFICE, "310101", null, "customer:7", PLACED))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void a_bad_address_or_a_remark_too_long_changes_nothing() {
        DeliveryAddress noPhone = new DeliveryAddress("李四", "12", "上海市", "上海市", "黄浦区", "南京东路 1 号", "200001");
        DeliveryAddress before = order.address();

        assertThatThrownBy(() -> order.changeDelivery(noPhone, "310101", null, "customer:7", PLACED))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.address.phone"));
        assertThatThrownBy(() -> order.changeDelivery(OFFICE, "310101", "x".repeat(201), "customer:7", PLACED))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.remark.size"));
        assertThat(order.address()).isEqualTo(before);
        assertThat(order.getHistory()).hasSize(1);
    }

    @Test
    void a_long_remark_is_kept_whole_on_the_order_and_clipped_in_the_history() {
        order.changeDelivery(order.address(), "310115", "备".repeat(200), "customer:7", PLACED);

        assertThat(order.getRemark()).hasSize(200);
        assertThat(order.getHistory().get(1).getReason()).hasSize(200).endsWith("…");
    }
}
