package org.emporium.order.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.emporium.order.control.ServiceFlow;
import org.emporium.order.entity.Claimable;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.PaymentMethod;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ServiceKind;
import org.emporium.order.entity.ServicePhoto;
import org.emporium.order.entity.ServiceRequest;
import org.emporium.order.entity.ServiceStatus;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.media.ImageFile;

/**
 * A signed-in shopper's service centre (售后服务): their requests with status and thread; asking for a refund of a
 * paid order before it ships, a return or exchange after delivery, making a complaint or a suggestion; replying,
 * saying the goods are on their way back, withdrawing a request not yet answered. Every method takes the buyer from
 * the caller's session and reads or changes only that buyer's requests and orders: another buyer's request or order
 * is {@code service.unknown} / {@code order.unknown}, exactly like one that does not exist.
 */
@Stateless
public class ServiceCentre {

    public static final int MAX_LIST = 100;

    /** Paid and not shipped: what a refund before shipment may be asked for. */
    static final Set<OrderStatus> REFUNDABLE =
            EnumSet.of(OrderStatus.PAID, OrderStatus.IN_REVIEW, OrderStatus.ALLOCATED);

    /** Delivered: what a return or exchange may be asked for. */
    static final Set<OrderStatus> RETURNABLE = EnumSet.of(OrderStatus.DELIVERED, OrderStatus.COMPLETED);

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceFlow flow;

    @Inject
    Orders orders;

    /** The buyer's requests, the most recently changed first. */
    public List<ServiceRequest> requestsOf(String buyer) {
        return em.createQuery(
                        "SELECT r FROM ServiceRequest r WHERE r.buyer = :b ORDER BY r.updatedAt DESC, r.id DESC",
                        ServiceRequest.class)
                .setParameter("b", buyer)
                .setMaxResults(MAX_LIST)
                .getResultList();
    }

    /** The buyer's request of that number with its lines, history and thread; empty for anyone else's. */
    public Optional<ServiceRequest> request(String buyer, String number) {
        return em.createQuery(
                        "SELECT r FROM ServiceRequest r WHERE r.number = :n AND r.buyer = :b", ServiceRequest.class)
                .setParameter("n", number == null ? "" : number.strip())
                .setParameter("b", buyer)
                .getResultStream()
                .findFirst()
                .map(ServiceFlow::loaded);
    }

    /** The buyer's latest orders (at most {@code max}) that allow a refund, return or exchange now, newest first. */
    public List<ServiceableOrder> serviceable(String buyer, int max) {
        return orders.ordersOf(buyer, Math.max(1, Math.min(max, MAX_LIST))).stream()
                .map(o -> new ServiceableOrder(
                        o.getNumber(),
                        o.getStatus(),
                        o.getPlacedAt(),
                        EnumSet.of(ServiceKind.REFUND, ServiceKind.RETURN, ServiceKind.EXCHANGE).stream()
                                .filter(kind -> allows(o, kind))
                                .toList()))
                .filter(o -> !o.kinds().isEmpty())
                .toList();
    }

    /** Whether the order may be asked that kind of request now: refunds before shipping, returns after delivery. */
    public static boolean allows(SalesOrder order, ServiceKind kind) {
        return switch (kind) {
            case REFUND -> order.getPaymentMethod() == PaymentMethod.ONLINE && REFUNDABLE.contains(order.getStatus());
            case RETURN, EXCHANGE -> RETURNABLE.contains(order.getStatus());
            case COMPLAINT, SUGGESTION -> true;
        };
    }

    /**
     * The buyer's order's lines with how many units are left to ask for; {@code order.unknown} for anyone else's
     * order and {@code service.order.notEligible} when the order does not allow that kind of request now.
     */
    public List<Claimable> claimable(String buyer, String orderNumber, ServiceKind kind) {
        SalesOrder order = ownOrder(buyer, orderNumber);
        if (!allows(order, kind)) {
            throw new BusinessRuleViolation("service.order.notEligible", order.getNumber());
        }
        return flow.claimable(order, false);
    }

    /**
     * Opens a request. Goods requests are checked against the order (its status, each line's units left, under the
     * order's lock); photos are checked for what they are, at most {@link ServicePhoto#MAX_PER_REQUEST}. Anything
     * refused leaves nothing behind.
     */
    public ServiceRequest open(String buyer, ServiceAsk ask) {
        if (ask.kind() == null) {
            throw new BusinessRuleViolation("service.kind.required");
        }
        if (ask.photos().size() > ServicePhoto.MAX_PER_REQUEST) {
            throw new BusinessRuleViolation("service.photo.limit", ServicePhoto.MAX_PER_REQUEST);
        }
        ServiceRequest request;
        if (ask.kind().aboutGoods()) {
            if (ask.orderNumber() == null) {
                throw new BusinessRuleViolation("service.order.required");
            }
            SalesOrder order = ownOrder(buyer, ask.orderNumber());
            List<Claimable> lines = flow.claimable(order, true);
            if (!allows(order, ask.kind())) {
                throw new BusinessRuleViolation("service.order.notEligible", order.getNumber());
            }
            request = ServiceRequest.aboutGoods(
                    ask.kind(),
                    buyer,
                    order.getNumber(),
                    order.getCurrency(),
                    lines,
                    ask.quantities(),
                    ask.reason(),
                    ask.text(),
                    order.getNumber(),
                    ServiceFlow.now());
        } else {
            String orderNumber = ask.orderNumber() == null
                    ? null
                    : ownOrder(buyer, ask.orderNumber()).getNumber();
            request =
                    ServiceRequest.words(ask.kind(), buyer, orderNumber, ask.subject(), ask.text(), ServiceFlow.now());
        }
        flow.open(request);
        for (ServiceAsk.Photo photo : ask.photos()) {
            em.persist(new ServicePhoto(request.getId(), photo.fileName(), photo.bytes(), ServiceFlow.now()));
        }
        return ServiceFlow.loaded(request);
    }

    /** The buyer replies in the request's thread. */
    public ServiceRequest reply(String buyer, String number, String text) {
        ServiceRequest request = locked(buyer, number);
        request.reply(false, buyer, text, ServiceFlow.now());
        return ServiceFlow.loaded(request);
    }

    /** The buyer takes back a request nobody has answered yet; its units are free to ask for again. */
    public ServiceRequest withdraw(String buyer, String number) {
        ServiceRequest request = locked(buyer, number);
        flow.move(request, ServiceStatus.WITHDRAWN, buyer, "withdrawn by buyer");
        return ServiceFlow.loaded(request);
    }

    /** The buyer says the goods of an approved return or exchange are on their way back (the note: carrier, number). */
    public ServiceRequest goodsSent(String buyer, String number, String note) {
        ServiceRequest request = locked(buyer, number);
        flow.move(request, ServiceStatus.AWAITING_GOODS, buyer, note);
        return ServiceFlow.loaded(request);
    }

    /** The photos of the buyer's request; none for anyone else's. */
    public List<ServicePhotoInfo> photos(String buyer, String number) {
        return em.createQuery(
                        "SELECT p FROM ServicePhoto p, ServiceRequest r WHERE p.requestId = r.id AND r.number = :n"
                                + " AND r.buyer = :b ORDER BY p.id",
                        ServicePhoto.class)
                .setParameter("n", number == null ? "" : number)
                .setParameter("b", buyer)
                .getResultStream()
                .map(ServicePhotoInfo::of)
                .toList();
    }

    /** A photo of one of the buyer's requests; empty for anyone else's. */
    public Optional<ImageFile> photo(String buyer, long id) {
        return em.createQuery(
                        "SELECT p FROM ServicePhoto p, ServiceRequest r WHERE p.requestId = r.id AND p.id = :id"
                                + " AND r.buyer = :b",
                        ServicePhoto.class)
                .setParameter("id", id)
                .setParameter("b", buyer)
                .getResultStream()
                .findFirst()
                .map(ImageFile::of);
    }

    private SalesOrder ownOrder(String buyer, String number) {
        return orders.order(buyer, number == null ? "" : number.strip())
                .orElseThrow(() -> new BusinessRuleViolation("order.unknown", number));
    }

    private ServiceRequest locked(String buyer, String number) {
        Long id = em.createQuery("SELECT r.id FROM ServiceRequest r WHERE r.number = :n AND r.buyer = :b", Long.class)
                .setParameter("n", number == null ? "" : number.strip())
                .setParameter("b", buyer)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("service.unknown", number));
        return flow.locked(id);
    }
}
