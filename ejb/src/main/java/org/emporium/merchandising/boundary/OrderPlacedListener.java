package org.emporium.merchandising.boundary;

import static org.emporium.platform.messaging.Destinations.DOMAIN_EVENTS_ADDRESS;
import static org.emporium.platform.messaging.Destinations.RESOURCE_ADAPTER;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;
import org.emporium.merchandising.control.OrderPlaced;
import org.emporium.merchandising.entity.ConversionKind;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.events.EachEventOnce;

/**
 * Feeds best sellers, "also bought" and experiment orders from the order context's {@code order.placed}
 * events. One shared durable subscription (with a selector, so other events never reach it) serves all
 * nodes; the processed-events record makes a redelivered event count once.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = DOMAIN_EVENTS_ADDRESS),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = OrderPlacedListener.CONSUMER),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'order.placed'"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = RESOURCE_ADAPTER)
        })
public class OrderPlacedListener extends EachEventOnce implements MessageListener {

    public static final String CONSUMER = "merchandising-sales";

    @Inject
    SalesRankings rankings;

    @Inject
    Experiments experiments;

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    @Override
    protected boolean handles(String eventType) {
        return OrderPlaced.TYPE.equals(eventType);
    }

    @Override
    protected void handle(DomainEvent event) {
        OrderPlaced order = OrderPlaced.parse(event.payload());
        if (rankings.record(order)) {
            order.visitorId().ifPresent(visitor -> experiments.recordConversion(visitor, ConversionKind.ORDER));
        }
    }
}
