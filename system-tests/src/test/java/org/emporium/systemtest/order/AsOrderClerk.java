package org.emporium.systemtest.order;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.emporium.order.boundary.CheckoutRulesDesk;
import org.emporium.order.boundary.OrderDesk;
import org.emporium.order.boundary.OrderFilter;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.ShipmentTracking;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.DeliverySlot;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.order.entity.ShippingRule;

/** Works the order desk as a signed-in order clerk does; test methods themselves run as anonymous callers. */
@Stateless
@RunAs(Orders.ORDER_CLERK)
@DeclareRoles(Orders.ORDER_CLERK)
public class AsOrderClerk {

    @Inject
    OrderDesk desk;

    @Inject
    Orders orders;

    public List<String> numbers(OrderFilter filter) {
        return desk.find(filter, 0, 200).stream().map(SalesOrder::getNumber).toList();
    }

    public long count(OrderFilter filter) {
        return desk.count(filter);
    }

    public SalesOrder order(String number) {
        return desk.order(number).orElseThrow();
    }

    @Inject
    CheckoutRulesDesk rules;

    public DeliverySlot addSlot(String from, String to, int cutoffMinutes, int capacity) {
        return rules.addSlot(from, to, cutoffMinutes, capacity);
    }

    public void slotActive(long id, boolean active) {
        rules.slotActive(id, active);
    }

    public ShippingRule addShippingRule(ShippingMethod method, String provinceCode, String firstFee, String freeFrom) {
        return rules.addShippingRule(
                method,
                provinceCode,
                1000,
                new java.math.BigDecimal(firstFee),
                1000,
                new java.math.BigDecimal("3.00"),
                freeFrom == null ? null : new java.math.BigDecimal(freeFrom));
    }

    public void shippingRuleActive(long id, boolean active) {
        rules.shippingRuleActive(id, active);
    }

    public SalesOrder move(String number, OrderStatus target, String reason) {
        return orders.move(number, target, reason);
    }

    public SalesOrder ship(String number, Carrier carrier, String trackingNumber, String reason) {
        return orders.ship(number, carrier, trackingNumber, reason);
    }

    @Inject
    ShipmentTracking tracking;

    public boolean askCarrier(String number) {
        return tracking.askNow(number);
    }
}
