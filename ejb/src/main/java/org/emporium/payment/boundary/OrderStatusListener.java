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
 * What an order's moves mean for its payment ({@code order.status-changed}). Ended (CLOSED, unpaid in time, or
 * CANCELLED): every part of its payment goes back. DELIVERED, for a cash-on-delivery order: the courier hands the
 * parcel over only against the cash, so the delivery staff confirm on the order page is when the shop has the money
 * (in the courier's hands); the payment is recorded and booked under the staff member who confirmed it. One shared
 * durable subscription serves all nodes; handling an event twice changes nothing, because each tender moves on only
 * from the state it is in and an order's cash is recorded once.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = DOMAIN_EVENTS_ADDRESS),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = OrderStatusListener.CONSUMER),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = "eventType = 'order.status-changed'"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = RESOURCE_ADAPTER)
        })
public class OrderStatusListener implements MessageListener {

    /** The durable subscription's name, kept from when the listener handled ended orders only. */
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
        } else if ("DELIVERED".equals(to)) {
            payments.cashCollected(payload.getString("orderNumber"), payload.getString("actor", "system"));
        }
    }
}
