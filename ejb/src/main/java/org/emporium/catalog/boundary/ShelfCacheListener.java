package org.emporium.catalog.boundary;

import static org.emporium.platform.messaging.Destinations.DOMAIN_EVENTS_ADDRESS;
import static org.emporium.platform.messaging.Destinations.EVENT_TYPE_PROPERTY;
import static org.emporium.platform.messaging.Destinations.RESOURCE_ADAPTER;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.catalog.control.ProductEvents;
import org.emporium.catalog.control.ShelfCache;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.events.EventMessages;

/**
 * Keeps this node's shelf cache consistent with the catalogue. Unlike the audit trail, every node must
 * hear every event, so each node subscribes on its own: a non-durable, non-shared subscription with a
 * single session (more sessions would each get their own copy). A node that is down misses events, but
 * it starts with an empty cache; one cut off from the broker is bounded by the cache's time to live.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = DOMAIN_EVENTS_ADDRESS),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "false"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = EVENT_TYPE_PROPERTY + " LIKE 'catalog.%'"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = RESOURCE_ADAPTER)
        })
// Nothing here is transactional: dropping cache entries cannot be rolled back, and need not be.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShelfCacheListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ShelfCacheListener.class.getName());

    @Inject
    ShelfCache cache;

    @Override
    public void onMessage(Message message) {
        DomainEvent event;
        try {
            event = EventMessages.fromMessage(message);
        } catch (RuntimeException unreadable) {
            // Something catalogue-like we cannot place: forgetting everything is always safe, retrying is not useful.
            LOG.log(Level.WARNING, "Unreadable catalogue event; the shelf cache starts afresh", unreadable);
            cache.everythingChanged();
            return;
        }
        if (!forgetWhatChanged(event, cache)) {
            LOG.fine(() -> "Shelf cache ignores " + event.type());
        }
    }

    /**
     * A product change drops that product's views and every list (its price, brand or category may move it
     * between lists); any other catalogue event may touch the tree, brands or attributes, so it drops all.
     */
    static boolean forgetWhatChanged(DomainEvent event, ShelfCache cache) {
        if (!event.type().startsWith("catalog.")) {
            return false;
        }
        if (ProductEvents.PRODUCT_CHANGED.equals(event.type())
                && ProductEvents.AGGREGATE.equals(event.aggregateType())) {
            try {
                cache.productChanged(Long.parseLong(event.aggregateId()));
                return true;
            } catch (NumberFormatException e) {
                // fall through: an event we cannot place clears everything
            }
        }
        cache.everythingChanged();
        return true;
    }
}
