package org.emporium.platform.events;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A consumer's memory of the events it has handled. Called in the consumer's own transaction: the row
 * and the consumer's effect commit together, and a second delivery finds the row and does nothing.
 * Two deliveries racing on two nodes collide on the primary key; the loser rolls back and, redelivered,
 * finds the row.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ProcessedEvents {

    @PersistenceContext
    EntityManager em;

    /** True the first time this consumer sees this event, after which the event counts as processed. */
    public boolean firstDelivery(String consumer, DomainEvent event) {
        ProcessedEvent.Key key =
                new ProcessedEvent.Key(consumer, event.eventId().toString());
        if (em.find(ProcessedEvent.class, key) != null) {
            return false;
        }
        em.persist(new ProcessedEvent(key, OffsetDateTime.now(ZoneOffset.UTC)));
        em.flush();
        return true;
    }

    /** Forgets what was processed before the cutoff: long after any copy of those events could still arrive. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetBefore(OffsetDateTime cutoff) {
        return em.createQuery("DELETE FROM ProcessedEvent p WHERE p.processedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    public long count(String consumer, String eventId) {
        return em.createQuery(
                        "SELECT COUNT(p) FROM ProcessedEvent p WHERE p.key.consumer = :c AND p.key.eventId = :e",
                        Long.class)
                .setParameter("c", consumer)
                .setParameter("e", eventId)
                .getSingleResult();
    }
}
