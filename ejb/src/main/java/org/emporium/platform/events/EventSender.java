package org.emporium.platform.events;

import static org.emporium.platform.messaging.Destinations.CONNECTION_FACTORY;
import static org.emporium.platform.messaging.Destinations.DOMAIN_EVENTS;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

/**
 * Puts one domain event on the {@code domain.events} topic. Runs outside any transaction, so the send is
 * final when the call returns and is never part of a database commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventSender {

    @Resource(lookup = CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = DOMAIN_EVENTS)
    Topic domainEvents;

    public void send(DomainEvent event) {
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            context.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(domainEvents, EventMessages.toMessage(context, event));
        }
    }
}
