package org.emporium.payment.boundary;

import static org.emporium.platform.messaging.Destinations.DOMAIN_EVENTS_ADDRESS;
import static org.emporium.platform.messaging.Destinations.RESOURCE_ADAPTER;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.events.EventMessages;
import org.emporium.platform.json.Jsons;

/**
 * Gives back every part of an order's payment when the order ends: {@code order.status-changed} to CLOSED
 * (unpaid in time) or CANCELLED. One shared durable subscription serves all nodes; handling an event twice
 * changes nothing, because each tender moves on only from the state it is in.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = DOMAIN_EVENTS_ADDRESS),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = OrderEndedListener.CONSUMER),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = "eventType = 'order.status-changed'"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = RESOURCE_ADAPTER)
        })
public class OrderEndedListener implements MessageListener {

    public static final String CONSUMER = "payment-order-ended";

    @Inject
    Payments payments;

    @Override
    public void onMessage(Message message) {
        DomainEvent event = EventMessages.fromMessage(message);
        if (!"order.status-changed".equals(event.type())) {
            return;
        }
        JsonObject payload;
        try (JsonReader reader = Jsons.createReader(new StringReader(event.payload()))) {
            payload = reader.readObject();
        }
        String to = payload.getString("to", "");
        if ("CLOSED".equals(to) || "CANCELLED".equals(to)) {
            payments.orderEnded(payload.getString("orderNumber"), "order " + to.toLowerCase());
        }
    }
}
