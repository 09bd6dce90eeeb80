package org.emporium.chat.control;

import static org.emporium.platform.messaging.Destinations.CHAT_ROUTE;
import static org.emporium.platform.messaging.Destinations.CONNECTION_FACTORY;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/** Asks for routing on the {@code chat.route} queue, outside any transaction (after the change committed). */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RouteRequests {

    @Resource(lookup = CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = CHAT_ROUTE)
    Queue chatRoute;

    public void send(RouteRequest request) {
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(chatRoute, request.reason());
        }
    }
}
