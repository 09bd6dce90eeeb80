package org.emporium.promotion.boundary;

import static org.emporium.platform.messaging.Destinations.DOMAIN_EVENTS_ADDRESS;
import static org.emporium.platform.messaging.Destinations.RESOURCE_ADAPTER;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.events.EachEventOnce;
import org.emporium.promotion.control.OrderEnded;

/**
 * Gives back an order's campaign uses, discount and coupon when the order is cancelled or closed unpaid
 * ({@code order.status-changed} to CANCELLED or CLOSED): one shared durable subscription for all nodes, a
 * selector so only status changes reach it, the processed-events record so a redelivery gives nothing back
 * twice, and uses marked as given back so even a second event for the same order changes nothing.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = DOMAIN_EVENTS_ADDRESS),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(
                    propertyName = "subscriptionName",
                    propertyValue = PromotionReturnsListener.CONSUMER),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = "eventType = 'order.status-changed'"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = RESOURCE_ADAPTER)
        })
public class PromotionReturnsListener extends EachEventOnce implements MessageListener {

    public static final String CONSUMER = "promotion-returns";
    private static final Logger LOG = Logger.getLogger(PromotionReturnsListener.class.getName());

    @Inject
    Promotions promotions;

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    @Override
    protected boolean handles(String eventType) {
        return OrderEnded.TYPE.equals(eventType);
    }

    @Override
    protected void handle(DomainEvent event) {
        // a payload it cannot read fails the message, which ends in DLQ.domain.events after the retries
        OrderEnded.orderNumber(event.payload()).ifPresent(number -> {
            int given = promotions.giveBack(number);
            if (given > 0) {
                LOG.fine(() -> "Order " + number + " ended: " + given + " campaign uses given back");
            }
        });
    }
}
