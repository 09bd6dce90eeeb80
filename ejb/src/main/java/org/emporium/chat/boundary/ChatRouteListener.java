package org.emporium.chat.boundary;

import static org.emporium.platform.messaging.Destinations.CHAT_ROUTE_ADDRESS;
import static org.emporium.platform.messaging.Destinations.RESOURCE_ADAPTER;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Routes when the {@code chat.route} queue says something changed: a conversation was queued, an agent came
 * online or freed up. Each request routes the whole queue, so requests are idempotent and a lost one is made
 * good by the next (or by {@link RoutingSweep}). A request that keeps failing ends in {@code DLQ.chat.route}
 * after the broker's bounded attempts.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = CHAT_ROUTE_ADDRESS),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = RESOURCE_ADAPTER)
        })
// Routing runs in its own transaction (Routing.route), so that a lock conflict fails it, not the delivery.
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ChatRouteListener implements MessageListener {

    @Inject
    Routing routing;

    @Override
    public void onMessage(Message message) {
        routing.route();
    }
}
