package org.emporium.admin.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.emporium.admin.entity.AuditEntry;

/** The operation audit log: what staff and the system changed, newest first. */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    public List<AuditEntry> recent(int first, int max) {
        return em.createQuery("SELECT a FROM AuditEntry a ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a", Long.class).getSingleResult();
    }

    /** How many entries an event left: one once it has arrived, never more. */
    public long entriesFor(String eventId) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.eventId = :e", Long.class)
                .setParameter("e", eventId)
                .getSingleResult();
    }
}
