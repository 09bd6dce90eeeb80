package org.emporium.platform.events;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Where a context records the events of its business transaction. The event is written to the outbox in
 * the caller's transaction, so it exists exactly when the change it describes was committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DomainEvents {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<OutboxWritten> written;

    public OutboxEvent record(DomainEvent event) {
        OutboxEvent entry = new OutboxEvent(event);
        em.persist(entry);
        written.fire(new OutboxWritten(event.eventId()));
        return entry;
    }

    /**
     * Records many events at once, for bulk writers: one notice to the relay rather than one per event, so
     * that a hundred thousand events do not queue a hundred thousand relay calls.
     */
    public void recordAll(List<DomainEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (DomainEvent event : batch) {
            em.persist(new OutboxEvent(event));
        }
        written.fire(new OutboxWritten(batch.get(batch.size() - 1).eventId()));
    }
}
