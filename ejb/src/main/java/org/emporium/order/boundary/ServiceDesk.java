package org.emporium.order.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emporium.inventory.boundary.Stock;
import org.emporium.order.control.ServiceFlow;
import org.emporium.order.entity.ServiceChange;
import org.emporium.order.entity.ServiceLine;
import org.emporium.order.entity.ServicePhoto;
import org.emporium.order.entity.ServiceRequest;
import org.emporium.order.entity.ServiceStatus;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.media.ImageFile;

/**
 * The staff's service desk: every shopper's requests, filtered a page at a time; one request with its lines,
 * photos, history and thread; approving or rejecting it with the reason, recording returned goods received (back
 * on a warehouse's shelf through the inventory, or not when they cannot be sold again), what the refund of it is
 * and that it was given, an exchange sent, closing, and replying to the shopper. Giving the money back is the
 * payment context's refund ({@link #refundOf} says what to ask it; the payment context's {@code ServiceRefunds}
 * asks it and then calls {@link #refunded}).
 */
@Stateless
@RolesAllowed(Orders.ORDER_CLERK)
public class ServiceDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceFlow flow;

    @Inject
    Stock stock;

    @Resource
    SessionContext session;

    /** A page of the requests that match, most recently changed first. */
    public List<ServiceRequest> find(ServiceFilter filter, int first, int max) {
        return query(
                        filter,
                        "SELECT r FROM ServiceRequest r",
                        " ORDER BY r.updatedAt DESC, r.id DESC",
                        ServiceRequest.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
    }

    public long count(ServiceFilter filter) {
        return query(filter, "SELECT COUNT(r) FROM ServiceRequest r", "", Long.class)
                .getSingleResult();
    }

    /** One request with everything its page shows. */
    public Optional<ServiceRequest> request(String number) {
        return em.createQuery("SELECT r FROM ServiceRequest r WHERE r.number = :n", ServiceRequest.class)
                .setParameter("n", number == null ? "" : number.strip())
                .getResultStream()
                .findFirst()
                .map(ServiceFlow::loaded);
    }

    public List<ServicePhotoInfo> photos(String number) {
        return em.createQuery(
                        "SELECT p FROM ServicePhoto p, ServiceRequest r WHERE p.requestId = r.id AND r.number = :n"
                                + " ORDER BY p.id",
                        ServicePhoto.class)
                .setParameter("n", number == null ? "" : number)
                .getResultStream()
                .map(ServicePhotoInfo::of)
                .toList();
    }

    public Optional<ImageFile> photo(long id) {
        return Optional.ofNullable(em.find(ServicePhoto.class, id)).map(ImageFile::of);
    }

    /** Staff agree: a refund may be given, goods may come back, a complaint is taken up. */
    public ServiceRequest approve(String number, String reason) {
        return move(number, ServiceStatus.APPROVED, reason);
    }

    /** Staff refuse, and must say why: the shopper reads it. */
    public ServiceRequest reject(String number, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("service.reason.required");
        }
        return move(number, ServiceStatus.REJECTED, reason);
    }

    /**
     * The goods of a return or exchange arrived. With a warehouse, each line's units go back on its shelf (the
     * inventory's {@link Stock#returned}, logged under {@code rma:<request>}), in the same transaction; without one
     * (damaged, not to be sold again) stock is left as it is and the reason should say so.
     */
    public ServiceRequest received(String number, String warehouseCode, String reason) {
        ServiceRequest request = locked(number);
        if (!request.getKind().goodsComeBack()) {
            throw new BusinessRuleViolation(
                    "service.status.notAllowed", number, request.getStatus().name(), ServiceStatus.RECEIVED.name());
        }
        String warehouse = warehouseCode == null || warehouseCode.isBlank() ? null : warehouseCode.strip();
        String why = reason == null || reason.isBlank()
                ? (warehouse == null ? "received, not restocked" : "received into " + warehouse)
                : reason;
        flow.move(request, ServiceStatus.RECEIVED, actor(), why);
        if (warehouse != null) {
            for (ServiceLine line : request.getLines()) {
                stock.returned(warehouse, line.getSkuCode(), line.getQuantity(), "rma:" + request.getNumber(), why);
            }
        }
        return ServiceFlow.loaded(request);
    }

    /**
     * What the payment context is to give back for the request: each line's units at what they paid, under the
     * request's own refund number. Only an approved refund or a received return has one
     * ({@code service.refund.notReady}).
     */
    public ServiceRefund refundOf(String number) {
        ServiceRequest request =
                request(number).orElseThrow(() -> new BusinessRuleViolation("service.unknown", number));
        if (!request.isRefundable()) {
            throw new BusinessRuleViolation("service.refund.notReady", request.getNumber());
        }
        return new ServiceRefund(
                request.getOrderNumber(),
                request.getRefundNumber(),
                request.getLines().stream()
                        .filter(l -> l.getAmount().signum() > 0)
                        .map(l -> new ServiceRefund.Line(l.getOrderLineId(), l.getAmount()))
                        .toList(),
                request.getKind().name().toLowerCase() + " " + request.getNumber());
    }

    /** The payment context gave the refund back: the request is refunded, with the amount. */
    public ServiceRequest refunded(String number, BigDecimal amount) {
        ServiceRequest request = locked(number);
        ServiceChange change = request.refunded(
                amount,
                actor(),
                "refunded " + amount.toPlainString() + " (" + request.getRefundNumber() + ")",
                ServiceFlow.now());
        flow.published(request, change);
        return ServiceFlow.loaded(request);
    }

    /** The replacement of an exchange went out (its shipment is arranged on the order desk). */
    public ServiceRequest exchanged(String number, String reason) {
        return move(number, ServiceStatus.EXCHANGED, reason);
    }

    public ServiceRequest close(String number, String reason) {
        return move(number, ServiceStatus.CLOSED, reason);
    }

    /** The shop's reply in the request's thread; the shopper sees it on their request's page. */
    public ServiceRequest reply(String number, String text) {
        ServiceRequest request = locked(number);
        request.reply(true, actor(), text, ServiceFlow.now());
        return ServiceFlow.loaded(request);
    }

    private ServiceRequest move(String number, ServiceStatus target, String reason) {
        ServiceRequest request = locked(number);
        flow.move(request, target, actor(), reason);
        return ServiceFlow.loaded(request);
    }

    private ServiceRequest locked(String number) {
        Long id = em.createQuery("SELECT r.id FROM ServiceRequest r WHERE r.number = :n", Long.class)
                .setParameter("n", number == null ? "" : number.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("service.unknown", number));
        return flow.locked(id);
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }

    private <T> TypedQuery<T> query(ServiceFilter filter, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            where.append(" AND r.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.kind() != null) {
            where.append(" AND r.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.text() != null) {
            where.append(" AND (LOWER(r.number) LIKE :text ESCAPE '\\' OR LOWER(r.orderNumber) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(r.buyer) LIKE :text ESCAPE '\\' OR LOWER(r.subject) LIKE :text ESCAPE '\\')");
            parameters.put("text", filter.pattern());
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
