package org.emporium.platform.events;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The outbox table: each call is its own short transaction, so the relay never holds a lock across a send. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    @PersistenceContext
    EntityManager em;

    public List<OutboxEvent> unpublished(int max) {
        return em.createNamedQuery(OutboxEvent.UNPUBLISHED, OutboxEvent.class)
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<OutboxEvent> byEventId(String eventId) {
        return em.createQuery("SELECT e FROM OutboxEvent e WHERE e.eventId = :id", OutboxEvent.class)
                .setParameter("id", eventId)
                .getResultStream()
                .findFirst();
    }

    public long unpublishedCount() {
        return em.createQuery("SELECT COUNT(e) FROM OutboxEvent e WHERE e.publishedAt IS NULL", Long.class)
                .getSingleResult();
    }

    /** Deletes events published before the cutoff; unpublished events are never deleted. */
    public int purgePublishedBefore(OffsetDateTime cutoff) {
        return em.createQuery("DELETE FROM OutboxEvent e WHERE e.publishedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    public void markPublished(long id) {
        OutboxEvent entry = em.find(OutboxEvent.class, id);
        if (entry != null && !entry.isPublished()) {
            entry.markPublished(OffsetDateTime.now(ZoneOffset.UTC));
        }
    }

    public void markFailed(long id, String error) {
        OutboxEvent entry = em.find(OutboxEvent.class, id);
        if (entry != null) {
            entry.markFailed(error);
        }
    }
}
