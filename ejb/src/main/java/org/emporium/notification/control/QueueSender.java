package org.emporium.notification.control;

import static org.emporium.platform.messaging.Destinations.CONNECTION_FACTORY;
import static org.emporium.platform.messaging.Destinations.DUPLICATE_ID_PROPERTY;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import org.emporium.notification.entity.Channel;
import org.emporium.notification.entity.Notification;
import org.emporium.platform.messaging.Destinations;

/**
 * Puts a message's id on its channel's queue, outside any transaction: the send is final when the call
 * returns. The duplicate-detection id names the message (by its key, never reused, unlike its id) and its
 * attempt, so the same attempt sent twice (a stale dispatch sent again) is let through once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueueSender {

    public static final String NOTIFICATION_ID = "notificationId";
    public static final String ATTEMPT = "attempt";

    @Resource(lookup = CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.NOTIFY_EMAIL)
    Queue email;

    @Resource(lookup = Destinations.NOTIFY_SMS)
    Queue sms;

    public void send(Notification n) {
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            TextMessage message = context.createTextMessage(String.valueOf(n.getId()));
            message.setLongProperty(NOTIFICATION_ID, n.getId());
            message.setIntProperty(ATTEMPT, n.getAttempts());
            message.setStringProperty(
                    DUPLICATE_ID_PROPERTY, "notification-" + n.getMessageKey() + "-" + n.getAttempts());
            context.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(n.getChannel() == Channel.EMAIL ? email : sms, message);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot build the queue message for notification " + n.getId(), e);
        }
    }
}
