package org.emporium.order.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emporium.order.entity.SalesOrderTest.PLACED;
import static org.emporium.order.entity.SalesOrderTest.order;
import static org.emporium.order.entity.SalesOrderTest.sku;

import java.time.Duration;
import java.util.List;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class ShipmentTest {

    @Test
    void an_order_ships_only_with_a_carrier_and_a_tracking_number_of_that_carriers_shape() {
        SalesOrder order = allocated();

        assertThatThrownBy(() -> order.moveTo(OrderStatus.SHIPPED, "clerk", null, PLACED))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.ship.trackingNeeded"));
        assertRefused(() -> order.shipWith(Carrier.SF, "YT1234567890123"), "order.tracking.format");
        assertRefused(() -> order.shipWith(Carrier.JD, "  "), "order.tracking.required");
        assertRefused(() -> order.shipWith(null, "SF1234567890123"), "order.tracking.carrier");
        assertThat(order.getCarrier()).isNull();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.ALLOCATED);

        order.shipWith(Carrier.SF, " sf 1234-5678-90123 ");
        order.moveTo(OrderStatus.SHIPPED, "clerk", null, PLACED);

        assertThat(order.getCarrier()).isEqualTo(Carrier.SF);
        assertThat(order.getTrackingNumber()).isEqualTo("SF1234567890123");
        assertRefused(() -> order.shipWith(Carrier.ZTO, "731234567890"), "order.status.notAllowed");
    }

    @Test
    void each_carrier_takes_its_own_numbers_and_not_the_others() {
        assertThat(Carrier.ZTO.checked("731234567890")).isEqualTo("731234567890");
        assertThat(Carrier.YTO.checked("yt1234567890123")).isEqualTo("YT1234567890123");
        assertThat(Carrier.EMS.checked("EA123456789CN")).isEqualTo("EA123456789CN");
        assertThat(Carrier.JD.checked("JDVA12345678901")).isEqualTo("JDVA12345678901");
        assertThat(Carrier.STO.checked("7712345678901")).isEqualTo("7712345678901");
        assertRefused(() -> Carrier.EMS.checked("EA123456789US"), "order.tracking.format");
        assertRefused(() -> Carrier.JD.checked("SF1234567890123"), "order.tracking.format");
        assertRefused(() -> Carrier.ZTO.checked("73123"), "order.tracking.format");
        assertThat(Carrier.ofCode("shunfeng")).contains(Carrier.SF);
        assertThat(Carrier.ofCode("dhl")).isEmpty();
    }

    @Test
    void the_carriers_answer_replaces_the_events_before_and_is_asked_again_until_signed_for() {
        SalesOrder order = allocated();
        order.shipWith(Carrier.ZTO, "731234567890");
        order.moveTo(OrderStatus.SHIPPED, "clerk", null, PLACED);
        Duration fresh = Duration.ofMinutes(10);
        assertThat(order.trackingDue(PLACED, fresh)).as("never asked").isTrue();

        order.tracked(
                parcel(
                        new Parcel.Event(PLACED.plusHours(2), TrackingStage.IN_TRANSIT, "上海市", "发出"),
                        new Parcel.Event(PLACED.plusHours(1), TrackingStage.COLLECTED, "上海市", "揽收")),
                PLACED.plusHours(3));

        assertThat(order.getTracking())
                .extracting(TrackingEvent::getStage)
                .containsExactly(TrackingStage.COLLECTED, TrackingStage.IN_TRANSIT);
        assertThat(order.trackingDue(PLACED.plusHours(3).plusMinutes(9), fresh)).isFalse();
        assertThat(order.trackingDue(PLACED.plusHours(3).plusMinutes(10), fresh))
                .isTrue();

        order.tracked(
                parcel(
                        new Parcel.Event(PLACED.plusHours(1), TrackingStage.COLLECTED, "上海市", "揽收"),
                        new Parcel.Event(PLACED.plusHours(5), TrackingStage.DELIVERED, "北京市", "已签收")),
                PLACED.plusHours(6));

        assertThat(order.getTracking()).hasSize(2);
        assertThat(order.getTracking().get(1).getDescription()).isEqualTo("已签收");
        assertThat(order.trackingDue(PLACED.plusDays(3), fresh))
                .as("signed for: nothing more to ask")
                .isFalse();
        assertThatThrownBy(
                        () -> order.tracked(new Parcel(Carrier.SF, "SF1234567890123", List.of()), PLACED.plusHours(7)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_guests_order_is_adopted_by_a_customer_but_nobody_takes_a_customers_order() {
        SalesOrder guests = new SalesOrder(
                "guest:0b8f0c1e-5a43-4c55-9d2e-2f7f3c9c1a10",
                "token-g",
                null,
                List.of(new SalesOrder.Item(sku("A-1", "10.00"), 1)),
                SalesOrderTest.HOME,
                ShippingMethod.STANDARD,
                null,
                PLACED,
                PLACED.plusMinutes(30),
                "guest:0b8f0c1e-5a43-4c55-9d2e-2f7f3c9c1a10");

        assertThatThrownBy(() -> guests.adoptBy("guest:someone-else")).isInstanceOf(IllegalArgumentException.class);
        guests.adoptBy("customer:42");

        assertThat(guests.getBuyer()).isEqualTo("customer:42");
        assertThatThrownBy(() -> guests.adoptBy("customer:43")).isInstanceOf(IllegalStateException.class);
        assertThat(guests.getBuyer()).isEqualTo("customer:42");
    }

    @Test
    void a_carriers_state_codes_and_sub_codes_read_as_stages() {
        assertThat(TrackingStage.ofCode("1")).isEqualTo(TrackingStage.COLLECTED);
        assertThat(TrackingStage.ofCode("103")).isEqualTo(TrackingStage.COLLECTED);
        assertThat(TrackingStage.ofCode("101")).isEqualTo(TrackingStage.ORDERED);
        assertThat(TrackingStage.ofCode("0")).isEqualTo(TrackingStage.IN_TRANSIT);
        assertThat(TrackingStage.ofCode("1002")).isEqualTo(TrackingStage.IN_TRANSIT);
        assertThat(TrackingStage.ofCode("5")).isEqualTo(TrackingStage.OUT_FOR_DELIVERY);
        assertThat(TrackingStage.ofCode("501")).isEqualTo(TrackingStage.OUT_FOR_DELIVERY);
        assertThat(TrackingStage.ofCode("3")).isEqualTo(TrackingStage.DELIVERED);
        assertThat(TrackingStage.ofCode("304")).isEqualTo(TrackingStage.DELIVERED);
        assertThat(TrackingStage.ofCode("14")).isEqualTo(TrackingStage.RETURNED);
        assertThat(TrackingStage.ofCode("2")).isEqualTo(TrackingStage.PROBLEM);
        assertThat(TrackingStage.ofCode("x")).isEqualTo(TrackingStage.IN_TRANSIT);
        for (TrackingStage stage : TrackingStage.values()) {
            assertThat(TrackingStage.ofCode(stage.code())).isEqualTo(stage);
        }
    }

    private static Parcel parcel(Parcel.Event... events) {
        return new Parcel(Carrier.ZTO, "731234567890", List.of(events));
    }

    private static SalesOrder allocated() {
        SalesOrder order = order(ShippingMethod.STANDARD, new SalesOrder.Item(sku("A-1", "10.00"), 1));
        order.moveTo(OrderStatus.AWAITING_PAYMENT, "visitor:v1", null, PLACED);
        order.moveTo(OrderStatus.PAID, "payment", null, PLACED);
        order.moveTo(OrderStatus.ALLOCATED, "clerk", null, PLACED);
        return order;
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
