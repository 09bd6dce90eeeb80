package org.emporium.search.boundary;

import static org.emporium.platform.messaging.Destinations.DOMAIN_EVENTS_ADDRESS;
import static org.emporium.platform.messaging.Destinations.RESOURCE_ADAPTER;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.events.EachEventOnce;
import org.emporium.search.control.PlacedOrder;

/**
 * Orders after search: each {@code order.placed} event that names a visitor counts once against that visitor's
 * latest search (one shared durable subscription for all nodes, a selector so no other event reaches it, and
 * the processed-events record so a redelivery counts nothing).
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = DOMAIN_EVENTS_ADDRESS),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = SearchOrdersListener.CONSUMER),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'order.placed'"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = RESOURCE_ADAPTER)
        })
public class SearchOrdersListener extends EachEventOnce implements MessageListener {

    public static final String CONSUMER = "search-orders";
    private static final Logger LOG = Logger.getLogger(SearchOrdersListener.class.getName());

    @Inject
    SearchLog log;

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    @Override
    protected boolean handles(String eventType) {
        return PlacedOrder.TYPE.equals(eventType);
    }

    @Override
    protected void handle(DomainEvent event) {
        PlacedOrder order;
        try {
            order = PlacedOrder.parse(event.payload());
        } catch (IllegalArgumentException unreadable) {
            LOG.log(Level.WARNING, "An order.placed event the search log cannot read: " + event.eventId(), unreadable);
            return;
        }
        order.visitorId().ifPresent(visitor -> log.ordered(visitor, order.placedAt()));
    }
}
