package org.emporium.order.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.order.entity.Claimable;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ServiceChange;
import org.emporium.order.entity.ServiceRequest;
import org.emporium.order.entity.ServiceStatus;
import org.emporium.platform.events.DomainEvents;

/**
 * What the shopper's service centre and the staff's service desk share: opening a request (numbered, its first
 * step published), moving it (each move published as {@code order.service-request-changed}), and what is left
 * to claim of an order's lines.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ServiceFlow {

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    public ServiceRequest open(ServiceRequest request) {
        em.persist(request);
        // The sequence gives the id at persist: the number is set before anything is written.
        request.assignNumber();
        events.record(ServiceEvents.changed(request, request.getHistory().get(0)));
        return request;
    }

    public ServiceChange move(ServiceRequest request, ServiceStatus target, String actor, String reason) {
        ServiceChange change = request.moveTo(target, actor, reason, now());
        events.record(ServiceEvents.changed(request, change));
        return change;
    }

    /** Publishes a move the request made itself (a refund recorded with its amount). */
    public void published(ServiceRequest request, ServiceChange change) {
        events.record(ServiceEvents.changed(request, change));
    }

    /**
     * The order's lines with the units that requests still standing (not rejected or withdrawn) claim already. The
     * order is locked first, so that two requests made at once cannot both claim the last unit.
     */
    public List<Claimable> claimable(SalesOrder order, boolean lock) {
        if (lock) {
            em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        }
        Map<Long, Integer> claimed = new HashMap<>();
        em.createQuery(
                        "SELECT l.orderLineId, SUM(l.quantity) FROM ServiceLine l JOIN l.request r"
                                + " WHERE r.orderNumber = :n AND r.status NOT IN :gone GROUP BY l.orderLineId",
                        Object[].class)
                .setParameter("n", order.getNumber())
                .setParameter("gone", List.of(ServiceStatus.REJECTED, ServiceStatus.WITHDRAWN))
                .getResultList()
                .forEach(row -> claimed.put((Long) row[0], ((Number) row[1]).intValue()));
        return order.getLines().stream()
                .map(line -> Claimable.of(line, claimed.getOrDefault(line.getId(), 0)))
                .toList();
    }

    public ServiceRequest locked(long id) {
        return em.find(ServiceRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The request with everything its pages show, read while the persistence context is open. */
    public static ServiceRequest loaded(ServiceRequest request) {
        request.getLines().size();
        request.getHistory().size();
        request.getMessages().size();
        return request;
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
