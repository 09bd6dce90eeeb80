package org.emporium.systemtest.payment;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.emporium.order.boundary.Orders;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.OrderStatus;

/** Moves orders on (cancels a paid order, delivers a cash-on-delivery one) as an order clerk does. */
@Stateless
@RunAs(Orders.ORDER_CLERK)
@DeclareRoles(Orders.ORDER_CLERK)
public class AsOrderClerk {

    @Inject
    Orders orders;

    public void cancel(String number) {
        orders.move(number, OrderStatus.CANCELLED, "customer asked");
    }

    /**
     * Moves the order through each of these statuses in turn (shipping it with an SF Express waybill); returns who
     * the order's history says moved it.
     */
    public String move(String number, OrderStatus... steps) {
        String actor = null;
        for (OrderStatus step : steps) {
            var history = (step == OrderStatus.SHIPPED
                            ? orders.ship(number, Carrier.SF, "SF1234567890123", null)
                            : orders.move(number, step, null))
                    .getHistory();
            actor = history.get(history.size() - 1).getActor();
        }
        return actor;
    }
}
