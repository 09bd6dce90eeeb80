package org.emporium.payment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.ServiceDesk;
import org.emporium.order.boundary.ServiceRefund;
import org.emporium.payment.entity.Refund;

/**
 * Gives the money of a service request back: an approved refund before shipment, or a return whose goods came
 * back. What to give is the order context's ({@link ServiceDesk#refundOf}: each line's units at what they paid);
 * giving it is {@link Payments#refund}, under the request's own refund number, so a second press — or one after a
 * failure between the two steps — refunds nothing more and only records on the request what was refunded.
 */
@Stateless
@RolesAllowed(Orders.ORDER_CLERK)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServiceRefunds {

    @Inject
    ServiceDesk desk;

    @Inject
    Payments payments;

    /** Refunds the request (with staff's reason, or one naming the request) and records it refunded on the request. */
    public Refund refund(String requestNumber, String reason) {
        ServiceRefund plan = desk.refundOf(requestNumber);
        Refund refund = payments.refund(
                plan.orderNumber(),
                plan.refundNumber(),
                plan.lines().stream()
                        .map(l -> new RefundAsk(l.orderLineId(), l.amount()))
                        .toList(),
                reason == null || reason.isBlank() ? plan.reason() : reason.strip());
        desk.refunded(requestNumber, refund.getAmount());
        return refund;
    }
}
