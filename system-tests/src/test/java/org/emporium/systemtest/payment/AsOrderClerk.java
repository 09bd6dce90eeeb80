package org.emporium.systemtest.payment;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.emporium.order.boundary.Orders;
import org.emporium.order.entity.OrderStatus;

/** Cancels a paid order as an order clerk does. */
@Stateless
@RunAs(Orders.ORDER_CLERK)
@DeclareRoles(Orders.ORDER_CLERK)
public class AsOrderClerk {

    @Inject
    Orders orders;

    public void cancel(String number) {
        orders.move(number, OrderStatus.CANCELLED, "customer asked");
    }
}
