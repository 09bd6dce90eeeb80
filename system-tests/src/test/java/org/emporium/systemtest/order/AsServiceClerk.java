package org.emporium.systemtest.order;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.ServiceDesk;
import org.emporium.order.boundary.ServiceFilter;
import org.emporium.order.entity.ServiceRequest;
import org.emporium.payment.boundary.ServiceRefunds;

/** Works the service desk as a signed-in order clerk does: the back office page's calls, in its order. */
@Stateless
@RunAs(Orders.ORDER_CLERK)
@DeclareRoles(Orders.ORDER_CLERK)
public class AsServiceClerk {

    @Inject
    ServiceDesk desk;

    @Inject
    ServiceRefunds refunds;

    public ServiceRequest approve(String number, String reason) {
        return desk.approve(number, reason);
    }

    public ServiceRequest reject(String number, String reason) {
        return desk.reject(number, reason);
    }

    public ServiceRequest received(String number, String warehouse, String reason) {
        return desk.received(number, warehouse, reason);
    }

    public ServiceRequest refund(String number) {
        refunds.refund(number, null);
        return desk.request(number).orElseThrow();
    }

    public ServiceRequest reply(String number, String text) {
        return desk.reply(number, text);
    }

    public ServiceRequest close(String number) {
        return desk.close(number, "done");
    }

    public List<String> numbers(ServiceFilter filter) {
        return desk.find(filter, 0, 200).stream().map(ServiceRequest::getNumber).toList();
    }

    public ServiceRequest request(String number) {
        return desk.request(number).orElseThrow();
    }
}
