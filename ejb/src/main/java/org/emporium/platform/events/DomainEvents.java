package org.emporium.platform.events;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
}
