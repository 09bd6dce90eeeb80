package org.emporium.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.notification.entity.DeliveryStatus;
import org.emporium.notification.entity.Notification;

/** The relay's and the listeners' access to messages: each call its own short transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NotificationStore {

    @PersistenceContext
    EntityManager em;

    /** How long a dispatched message may stay unanswered before it is put on its queue again. */
    public static final Duration STALE = Duration.ofMinutes(5);

    /**
     * Pending messages whose time has come, oldest first; and dispatched ones that nothing has answered for
     * {@link #STALE} (a node died between marking and sending, or the queue message was lost), sent again under
     * the same duplicate-detection id.
     */
    public List<Notification> due(int max) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return em.createQuery(
                        "SELECT n FROM Notification n WHERE (n.status = :pending AND n.nextAttemptAt <= :now)"
                                + " OR (n.status = :dispatched AND n.dispatchedAt < :stale)"
                                + " ORDER BY n.nextAttemptAt, n.id",
                        Notification.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("dispatched", DeliveryStatus.DISPATCHED)
                .setParameter("now", now)
                .setParameter("stale", now.minus(STALE))
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Marks a pending (or stale dispatched) message dispatched now, before it goes to the broker: the listener
     * may take it from the queue before the relay could have marked it afterwards.
     *
     * @return whether this call marked it (false: another node did, or it is no longer pending)
     */
    public boolean markDispatched(long id) {
        Notification n = em.find(Notification.class, id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean stale = n != null
                && n.getStatus() == DeliveryStatus.DISPATCHED
                && n.getDispatchedAt().isBefore(now.minus(STALE));
        if (n != null && (n.getStatus() == DeliveryStatus.PENDING || stale)) {
            n.dispatched(now);
            return true;
        }
        return false;
    }

    /** The broker refused the message just marked: it waits as pending again. */
    public void undispatch(long id, int attempt) {
        Notification n = em.find(Notification.class, id);
        if (n != null && n.awaits(attempt)) {
            n.undispatched();
        }
    }

    /** The message if a delivery for this attempt should still act on it; null for a stale or repeated one. */
    public Notification claim(long id, int attempt) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !n.awaits(attempt)) {
            return null;
        }
        em.detach(n);
        return n;
    }

    public void markSent(long id, String providerRef) {
        Notification n = em.find(Notification.class, id);
        if (n != null && n.getStatus() == DeliveryStatus.DISPATCHED) {
            n.sent(providerRef, OffsetDateTime.now(ZoneOffset.UTC));
        }
    }

    public Notification markFailed(long id, String error, Backoff backoff) {
        Notification n = em.find(Notification.class, id);
        if (n != null && n.getStatus() == DeliveryStatus.DISPATCHED) {
            n.failed(error, backoff.delayAfter(n.getAttempts() + 1).orElse(null), OffsetDateTime.now(ZoneOffset.UTC));
        }
        return n;
    }
}
