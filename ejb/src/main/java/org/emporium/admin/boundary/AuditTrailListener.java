package org.emporium.admin.boundary;

import static org.emporium.platform.messaging.Destinations.DOMAIN_EVENTS_ADDRESS;
import static org.emporium.platform.messaging.Destinations.RESOURCE_ADAPTER;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.emporium.admin.entity.AuditEntry;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.events.EachEventOnce;
import org.emporium.platform.json.Jsons;

/**
 * Writes every domain event into the audit log. One shared durable subscription serves all nodes, and
 * the processed-events record makes a redelivered or duplicated event land once.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = DOMAIN_EVENTS_ADDRESS),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = AuditTrailListener.CONSUMER),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = RESOURCE_ADAPTER)
        })
public class AuditTrailListener extends EachEventOnce implements MessageListener {

    public static final String CONSUMER = "audit-trail";
    private static final Logger LOG = Logger.getLogger(AuditTrailListener.class.getName());

    @PersistenceContext
    EntityManager em;

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    @Override
    protected void handle(DomainEvent event) {
        JsonObject payload = parse(event.payload());
        em.persist(new AuditEntry(
                event.eventId().toString(),
                event.type(),
                event.aggregateType(),
                event.aggregateId(),
                payload.getString("actor", null),
                summary(event, payload),
                event.occurredAt(),
                OffsetDateTime.now(ZoneOffset.UTC)));
    }

    static String summary(DomainEvent event, JsonObject payload) {
        String name = payload.getString("nameEn", payload.getString("slug", event.aggregateId()));
        String status = payload.getString("status", null);
        return event.type() + " " + event.aggregateType() + " " + event.aggregateId() + " (" + name + ")"
                + (status == null ? "" : " " + status);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return Jsons.createObjectBuilder().build();
        }
    }
}
