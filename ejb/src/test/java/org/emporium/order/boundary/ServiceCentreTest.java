package org.emporium.order.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.OrderLine;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ServiceKind;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

/** Which requests an order allows as it moves along: a refund until it ships, a return once it arrived. */
class ServiceCentreTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 5, 8, 0, 0, 0, ZoneOffset.UTC);

    static SalesOrder anOrder() {
        OrderLine.LineSnapshot pot = new OrderLine.LineSnapshot(
                1L, "pot", "POT-1", "茶壶", "Pot", "白色", "White", null, null, Money.cny("20.00"), null);
        return new SalesOrder(
                "customer:1",
                "token",
                null,
                List.of(new SalesOrder.Item(pot, 1)),
                new DeliveryAddress("王小明", "13800138000", "上海市", "上海市", "浦东新区", "世纪大道 100 号", "200120"),
                ShippingMethod.STANDARD,
                null,
                AT,
                AT.plusMinutes(30),
                "customer:1");
    }

    @Test
    void a_refund_is_offered_from_payment_until_shipping_and_a_return_or_exchange_from_delivery_on() {
        SalesOrder order = anOrder();
        assertAllows(order, false, false);
        order.moveTo(OrderStatus.AWAITING_PAYMENT, "system", null, AT);
        assertAllows(order, false, false);
        order.moveTo(OrderStatus.PAID, "payment", null, AT);
        assertAllows(order, true, false);
        order.moveTo(OrderStatus.ALLOCATED, "clerk", null, AT);
        assertAllows(order, true, false);
        order.shipWith(Carrier.SF, "SF1234567890123");
        order.moveTo(OrderStatus.SHIPPED, "clerk", null, AT);
        assertAllows(order, false, false);
        order.moveTo(OrderStatus.DELIVERED, "clerk", null, AT);
        assertAllows(order, false, true);
        order.moveTo(OrderStatus.COMPLETED, "customer:1", null, AT);
        assertAllows(order, false, true);
        assertThat(ServiceCentre.allows(order, ServiceKind.COMPLAINT)).isTrue();
    }

    @Test
    void a_cancelled_order_allows_neither_but_still_a_complaint() {
        SalesOrder order = anOrder();
        order.moveTo(OrderStatus.AWAITING_PAYMENT, "system", null, AT);
        order.moveTo(OrderStatus.CANCELLED, "customer:1", null, AT);
        assertAllows(order, false, false);
        assertThat(ServiceCentre.allows(order, ServiceKind.SUGGESTION)).isTrue();
    }

    private static void assertAllows(SalesOrder order, boolean refund, boolean goodsBack) {
        assertThat(ServiceCentre.allows(order, ServiceKind.REFUND))
                .as("refund at %s", order.getStatus())
                .isEqualTo(refund);
        assertThat(ServiceCentre.allows(order, ServiceKind.RETURN))
                .as("return at %s", order.getStatus())
                .isEqualTo(goodsBack);
        assertThat(ServiceCentre.allows(order, ServiceKind.EXCHANGE))
                .as("exchange at %s", order.getStatus())
                .isEqualTo(goodsBack);
    }
}
