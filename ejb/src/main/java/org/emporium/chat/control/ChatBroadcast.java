package org.emporium.chat.control;

import static org.emporium.platform.messaging.Destinations.CHAT_EVENTS;
import static org.emporium.platform.messaging.Destinations.CONNECTION_FACTORY;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.chat.boundary.ChatSignal;

/**
 * Puts chat signals on the {@code chat.events} topic, outside any transaction and not persistent: they are
 * news for the sockets open now; what was said is already committed to the database.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatBroadcast {

    static final String VISITOR = "visitorId";
    static final String AGENT = "agent";
    static final String ALL_AGENTS = "allAgents";

    private static final Logger LOG = Logger.getLogger(ChatBroadcast.class.getName());

    @Resource(lookup = CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Inject
    RouteRequests routeRequests;

    @Resource(lookup = CHAT_EVENTS)
    Topic chatEvents;

    /** What a committed transaction announced: its signals in order, then its routing request (if any). */
    public void publishAll(List<ChatSignal> signals, RouteRequest route) {
        for (ChatSignal signal : signals) {
            try {
                publish(signal);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A chat signal was not published; sockets catch up when they reconnect", e);
            }
        }
        if (route != null) {
            try {
                routeRequests.send(route);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A routing request was not queued; the routing sweep will route", e);
            }
        }
    }

    public void publish(ChatSignal signal) {
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            TextMessage message = context.createTextMessage(signal.json());
            if (signal.visitorId() != null) {
                message.setLongProperty(VISITOR, signal.visitorId());
            }
            if (signal.agent() != null) {
                message.setStringProperty(AGENT, signal.agent());
            }
            message.setBooleanProperty(ALL_AGENTS, signal.allAgents());
            context.createProducer()
                    .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                    .setTimeToLive(60_000)
                    .send(chatEvents, message);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot publish a chat signal", e);
        }
    }

    public static ChatSignal fromMessage(Message message) throws JMSException {
        Long visitor = message.propertyExists(VISITOR) ? message.getLongProperty(VISITOR) : null;
        return new ChatSignal(
                visitor,
                message.getStringProperty(AGENT),
                message.getBooleanProperty(ALL_AGENTS),
                message.getBody(String.class));
    }
}
