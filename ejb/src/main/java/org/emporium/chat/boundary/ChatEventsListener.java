package org.emporium.chat.boundary;

import static org.emporium.platform.messaging.Destinations.CHAT_EVENTS_ADDRESS;
import static org.emporium.platform.messaging.Destinations.RESOURCE_ADAPTER;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.chat.control.ChatBroadcast;

/**
 * Hands the chat traffic heard on the {@code chat.events} topic to this node's sockets. Every node must hear
 * everything (the visitor may sit on one node and their agent on another), so each subscribes on its own:
 * non-durable, not shared, one session. Signals are fleeting; what was said is in the database, and a
 * socket that reconnects reads it from there.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = CHAT_EVENTS_ADDRESS),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = RESOURCE_ADAPTER)
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatEventsListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ChatEventsListener.class.getName());

    @Inject
    ChatHub hub;

    @Override
    public void onMessage(Message message) {
        try {
            hub.deliver(ChatBroadcast.fromMessage(message));
        } catch (JMSException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "Unreadable chat signal dropped", unreadable);
        }
    }
}
