package org.emporium.platform.events;

import static org.emporium.platform.messaging.Destinations.AGGREGATE_ID_PROPERTY;
import static org.emporium.platform.messaging.Destinations.AGGREGATE_TYPE_PROPERTY;
import static org.emporium.platform.messaging.Destinations.DUPLICATE_ID_PROPERTY;
import static org.emporium.platform.messaging.Destinations.EVENT_ID_PROPERTY;
import static org.emporium.platform.messaging.Destinations.EVENT_TYPE_PROPERTY;
import static org.emporium.platform.messaging.Destinations.OCCURRED_AT_PROPERTY;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.OffsetDateTime;
import java.util.UUID;

/** How a domain event travels as a JMS text message: the payload as body, the envelope as properties. */
public final class EventMessages {

    private EventMessages() {}

    static TextMessage toMessage(JMSContext context, DomainEvent event) {
        try {
            TextMessage message = context.createTextMessage(event.payload());
            message.setStringProperty(DUPLICATE_ID_PROPERTY, event.eventId().toString());
            message.setStringProperty(EVENT_ID_PROPERTY, event.eventId().toString());
            message.setStringProperty(EVENT_TYPE_PROPERTY, event.type());
            message.setStringProperty(AGGREGATE_TYPE_PROPERTY, event.aggregateType());
            message.setStringProperty(AGGREGATE_ID_PROPERTY, event.aggregateId());
            message.setStringProperty(OCCURRED_AT_PROPERTY, event.occurredAt().toString());
            return message;
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot build the message for event " + event.eventId(), e);
        }
    }

    public static DomainEvent fromMessage(Message message) {
        try {
            return new DomainEvent(
                    UUID.fromString(message.getStringProperty(EVENT_ID_PROPERTY)),
                    message.getStringProperty(EVENT_TYPE_PROPERTY),
                    message.getStringProperty(AGGREGATE_TYPE_PROPERTY),
                    message.getStringProperty(AGGREGATE_ID_PROPERTY),
                    message.getBody(String.class),
                    OffsetDateTime.parse(message.getStringProperty(OCCURRED_AT_PROPERTY)));
        } catch (JMSException e) {
            throw new IllegalArgumentException("Not a domain event message", e);
        }
    }
}
