package org.emporium.notification.boundary;

import static org.emporium.platform.messaging.Destinations.NOTIFY_EMAIL_ADDRESS;
import static org.emporium.platform.messaging.Destinations.RESOURCE_ADAPTER;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.emporium.notification.control.Deliveries;
import org.emporium.notification.control.QueueSender;
import org.emporium.notification.entity.Channel;

/**
 * Sends the messages named on the {@code notify.email} queue. A failure of the provider is recorded and
 * retried by the relay with back-off; only a failure to record (the database away) goes back to the broker,
 * which redelivers a bounded number of times and then parks the message in its dead-letter queue.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = NOTIFY_EMAIL_ADDRESS),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = RESOURCE_ADAPTER)
        })
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class EmailListener implements MessageListener {

    @Inject
    Deliveries deliveries;

    @Override
    public void onMessage(Message message) {
        try {
            deliveries.deliver(
                    Channel.EMAIL,
                    message.getLongProperty(QueueSender.NOTIFICATION_ID),
                    message.getIntProperty(QueueSender.ATTEMPT));
        } catch (JMSException e) {
            throw new IllegalArgumentException("Not a notification message", e);
        }
    }
}
