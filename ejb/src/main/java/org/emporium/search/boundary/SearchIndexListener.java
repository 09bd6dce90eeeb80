package org.emporium.search.boundary;

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
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.events.EventMessages;
import org.emporium.search.control.StockChange;

/**
 * Keeps this node's search index current. The index lives on each node's disk, so every node must hear
 * every catalogue event: a non-durable, non-shared subscription with one session, like the shelf cache's.
 * No processed-event record: that is shared by all nodes, and would let only the first node update its
 * index. Re-indexing reads the product as it is now, so a second delivery changes nothing.
 *
 * <p>A product event re-reads that product; any other catalogue event (category tree, brands, attributes)
 * may rename what many products are filed under, so the whole index is rebuilt. A stock event re-reads the
 * stock of its SKUs' products and changes only their in-stock mark.
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
                    propertyValue = EVENT_TYPE_PROPERTY + " LIKE 'catalog.%' OR " + EVENT_TYPE_PROPERTY + " = '"
                            + SearchIndexListener.STOCK_CHANGED + "'"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = RESOURCE_ADAPTER)
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexListener implements MessageListener {

    static final String PRODUCT_CHANGED = "catalog.product-changed";
    /** The inventory's event (its payload's {@code skuCodes}): products are marked in stock or sold out. */
    static final String STOCK_CHANGED = "inventory.stock-changed";

    private static final Logger LOG = Logger.getLogger(SearchIndexListener.class.getName());

    @Inject
    SearchIndexing indexing;

    @Override
    public void onMessage(Message message) {
        DomainEvent event;
        try {
            event = EventMessages.fromMessage(message);
        } catch (RuntimeException unreadable) {
            LOG.log(Level.WARNING, "Unreadable catalogue event; the search index is rebuilt", unreadable);
            indexing.rebuildAll();
            return;
        }
        if (STOCK_CHANGED.equals(event.type())) {
            try {
                indexing.stockChanged(StockChange.skuCodes(event.payload()));
            } catch (IllegalArgumentException unreadable) {
                LOG.log(Level.WARNING, "A stock event the search index cannot read: " + event.eventId(), unreadable);
            }
            return;
        }
        if (PRODUCT_CHANGED.equals(event.type()) && "product".equals(event.aggregateType())) {
            try {
                indexing.productChanged(Long.parseLong(event.aggregateId()));
                return;
            } catch (NumberFormatException e) {
                // an event we cannot place: rebuild, below
            }
        }
        LOG.info(() -> "Rebuilding the search index after " + event.type());
        indexing.rebuildAfter(sentAt(message));
    }

    /** When the relay sent the message, after the change was committed; 0 when the message does not say. */
    private static long sentAt(Message message) {
        try {
            return message.getJMSTimestamp();
        } catch (jakarta.jms.JMSException e) {
            return 0;
        }
    }
}
