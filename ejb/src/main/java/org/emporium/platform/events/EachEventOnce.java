package org.emporium.platform.events;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * What every consumer of the {@code domain.events} topic does before its own work: read the event from the
 * message, skip the types it does not handle, and skip an event it has processed before (a redelivery, or the
 * same outbox row published twice), so each event counts once. A listener is an MDB that extends this class
 * and names its consumer (also its durable subscription) and its work; it also names MessageListener among
 * its own interfaces, which is how the container finds an MDB's messaging type.
 */
public abstract class EachEventOnce implements MessageListener {

    private static final Logger LOG = Logger.getLogger(EachEventOnce.class.getName());

    @Inject
    ProcessedEvents processed;

    /** The consumer's name in the processed-events record; also its subscription's name. */
    protected abstract String consumer();

    /** Whether this consumer handles events of the type; a selector usually filters already. */
    protected boolean handles(String eventType) {
        return true;
    }

    /** The consumer's work, in the transaction of the delivery; called once per event. */
    protected abstract void handle(DomainEvent event);

    @Override
    public void onMessage(Message message) {
        DomainEvent event = EventMessages.fromMessage(message);
        if (!handles(event.type())) {
            return;
        }
        if (!processed.firstDelivery(consumer(), event)) {
            LOG.fine(() -> consumer() + " already processed event " + event.eventId());
            return;
        }
        handle(event);
    }
}
