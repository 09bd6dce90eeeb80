package org.emporium.order.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.order.control.OrderFlow;
import org.emporium.order.control.OrderPlacement;
import org.emporium.order.control.PlacementSlots;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.PaymentMethod;
import org.emporium.order.entity.SalesOrder;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Orders: placing one from a checkout (idempotent per submission token), reading a shopper's own orders, and
 * moving orders along their state machine — paying (a stand-in until the payment context calls it), a
 * shopper's cancellation, staff moves, and closing orders left unpaid past their deadline.
 */
@Stateless
public class Orders {

    public static final String ORDER_CLERK = "order-clerk";

    /** The longest reason an order's history keeps. */
    public static final int MAX_REASON = 200;

    private static final Logger LOG = Logger.getLogger(Orders.class.getName());
    private static final String GUEST = "^guest:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$";
    private static final String CUSTOMER = "^customer:\\d+$";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderPlacement placement;

    @Inject
    PlacementSlots slots;

    @Inject
    OrderFlow flow;

    @Resource
    SessionContext session;

    /**
     * Places the order, or returns the one this buyer already placed with the same submission token. Two
     * submits racing each other: the second waits on the token's unique index, fails, and finds the first.
     * Placements take turns through {@link PlacementSlots}, so a crowd waits in memory, not on the database.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SalesOrder place(PlaceOrder command) {
        Optional<SalesOrder> placed = bySubmission(command.buyer(), command.submissionToken());
        if (placed.isPresent()) {
            return placed.get();
        }
        try {
            return loaded(slots.run(() -> placement.place(command)));
        } catch (EJBException lost) {
            placed = bySubmission(command.buyer(), command.submissionToken());
            if (placed.isPresent()) {
                LOG.log(Level.FINE, "A second submit of token {0} found its order", command.submissionToken());
                return placed.get();
            }
            throw lost;
        }
    }

    /** The buyer's order of that number; another buyer's order is as absent as one that does not exist. */
    public Optional<SalesOrder> order(String buyer, String number) {
        return em.createQuery("SELECT o FROM SalesOrder o WHERE o.number = :n AND o.buyer = :b", SalesOrder.class)
                .setParameter("n", number)
                .setParameter("b", buyer)
                .getResultStream()
                .findFirst()
                .map(Orders::loaded);
    }

    /**
     * The purchase history of each of these buyers who bought anything, by buyer; one query for a page of
     * shoppers. A buyer who never bought is absent.
     */
    public java.util.Map<String, BuyerHistory> histories(java.util.Collection<String> buyers) {
        java.util.Map<String, BuyerHistory> found = new java.util.HashMap<>();
        if (buyers.isEmpty()) {
            return found;
        }
        for (Object[] row : em.createQuery(
                        "SELECT o.buyer, MAX(o.placedAt), SUM(o.payable), COUNT(o) FROM SalesOrder o"
                                + " WHERE o.buyer IN :buyers AND o.status IN :counted GROUP BY o.buyer",
                        Object[].class)
                .setParameter("buyers", buyers)
                .setParameter("counted", BuyerHistory.COUNTED)
                .getResultList()) {
            String buyer = (String) row[0];
            found.put(
                    buyer,
                    new BuyerHistory(
                            buyer,
                            (OffsetDateTime) row[1],
                            (java.math.BigDecimal) row[2],
                            ((Number) row[3]).longValue()));
        }
        return found;
    }

    /** An aggregate of a time column, as the provider hands it back (the mapped type, or a JDBC timestamp). */
    private static OffsetDateTime moment(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }

    /** The buyer's orders, newest first. */
    public List<SalesOrder> ordersOf(String buyer, int max) {
        return em.createQuery(
                        "SELECT o FROM SalesOrder o WHERE o.buyer = :b ORDER BY o.placedAt DESC", SalesOrder.class)
                .setParameter("b", buyer)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * The latest orders a storefront visitor (the anonymous visitor id of their browser) placed, newest first:
     * what an agent sees beside a chat with that browser. A blank id has none.
     */
    public List<OrderSummary> recentOfVisitor(String visitorId, int max) {
        if (visitorId == null || visitorId.isBlank()) {
            return List.of();
        }
        return summaries(
                em.createQuery(
                                "SELECT o FROM SalesOrder o WHERE o.visitorId = :v ORDER BY o.placedAt DESC, o.id DESC",
                                SalesOrder.class)
                        .setParameter("v", visitorId),
                max);
    }

    /** The latest orders of a buyer (a signed-in shopper's {@code customer:<id>}), newest first, as agents see them. */
    public List<OrderSummary> recentOfBuyer(String buyer, int max) {
        if (buyer == null || buyer.isBlank()) {
            return List.of();
        }
        return summaries(
                em.createQuery(
                                "SELECT o FROM SalesOrder o WHERE o.buyer = :b ORDER BY o.placedAt DESC, o.id DESC",
                                SalesOrder.class)
                        .setParameter("b", buyer),
                max);
    }

    private static List<OrderSummary> summaries(jakarta.persistence.TypedQuery<SalesOrder> newestFirst, int max) {
        return newestFirst
                .setMaxResults(Math.max(1, Math.min(max, 20)))
                .getResultStream()
                .map(o -> new OrderSummary(
                        o.getNumber(),
                        o.getStatus().name(),
                        o.getPayable(),
                        o.getCurrency(),
                        o.getLines().stream().mapToInt(l -> l.getQuantity()).sum(),
                        o.getPlacedAt()))
                .toList();
    }

    /** Records the payment of an order awaiting it. A stand-in for the payment context, which will call it. */
    public SalesOrder paid(String number, String paymentReference) {
        SalesOrder order = locked(number);
        flow.move(order, OrderStatus.PAID, "payment", "paid: " + paymentReference);
        return loaded(order);
    }

    /** The amount the buyer's order of that number asks for and where it stands; empty for anyone else's. */
    public Optional<OrderDue> due(String buyer, String number) {
        return em.createQuery("SELECT o FROM SalesOrder o WHERE o.number = :n AND o.buyer = :b", SalesOrder.class)
                .setParameter("n", number)
                .setParameter("b", buyer)
                .getResultStream()
                .findFirst()
                .map(Orders::due);
    }

    /**
     * The order of that number if its buyer pays cash on delivery: what the courier collects and where the order
     * stands; empty for an order paid online or one that does not exist.
     */
    public Optional<OrderDue> cashOnDelivery(String number) {
        return em.createQuery(
                        "SELECT o FROM SalesOrder o WHERE o.number = :n AND o.paymentMethod = :m", SalesOrder.class)
                .setParameter("n", number)
                .setParameter("m", PaymentMethod.CASH_ON_DELIVERY)
                .getResultStream()
                .findFirst()
                .map(Orders::due);
    }

    /** What the order of that number charged, line by line, for giving money back by line. */
    public Optional<OrderCharges> charges(String number) {
        return em.createQuery("SELECT o FROM SalesOrder o WHERE o.number = :n", SalesOrder.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst()
                .map(o -> new OrderCharges(
                        o.getNumber(),
                        o.getBuyer(),
                        o.getStatus().name(),
                        o.payable(),
                        o.getLines().stream()
                                .filter(l -> l.getNetTotal().signum() > 0)
                                .map(l -> new OrderCharges.Line(
                                        l.getId(),
                                        l.getSkuCode(),
                                        l.getNameZh(),
                                        l.getNameEn(),
                                        l.getQuantity(),
                                        l.getNetTotal()))
                                .toList()));
    }

    /**
     * Records the payment of an order if it still awaits one, under the order's row lock; an order closed or
     * cancelled meanwhile is left as it is and false returned, so that the caller can give the money back
     * instead of rolling its own records of the payment back.
     */
    public boolean paidIfAwaiting(String number, String paymentReference) {
        SalesOrder order = locked(number);
        if (order.getStatus() != OrderStatus.AWAITING_PAYMENT) {
            return false;
        }
        flow.move(order, OrderStatus.PAID, "payment", "paid: " + paymentReference);
        return true;
    }

    /**
     * The shopper cancels an order the warehouse has not started on ({@link #shopperMayCancel}); its stock is
     * released, and for a paid order the {@code order.status-changed} event makes the payment context give every
     * tender back. Once allocated to the warehouse or shipped: {@code order.cancel.tooLate}.
     */
    public SalesOrder cancel(String buyer, String number, String reason) {
        SalesOrder order = locked(number);
        if (!order.getBuyer().equals(buyer)) {
            throw new BusinessRuleViolation("order.unknown", number);
        }
        if (!shopperMayCancel(order.getStatus())) {
            throw new BusinessRuleViolation("order.cancel.tooLate", number);
        }
        flow.move(
                order,
                OrderStatus.CANCELLED,
                buyer,
                reason == null || reason.isBlank() ? "cancelled by buyer" : reason);
        return loaded(order);
    }

    /**
     * Whether the shopper may cancel an order in that status themselves: before the warehouse takes it (allocated)
     * — unpaid, paid, or in review. Later only staff may, and after shipping nobody.
     */
    public static boolean shopperMayCancel(OrderStatus status) {
        return status == OrderStatus.CREATED
                || status == OrderStatus.AWAITING_PAYMENT
                || status == OrderStatus.PAID
                || status == OrderStatus.IN_REVIEW;
    }

    /**
     * Staff ship an order: the carrier and its tracking number (of that carrier's shape: {@code
     * order.tracking.format}) are kept with the order, which moves to SHIPPED and consumes its stock.
     */
    @RolesAllowed(ORDER_CLERK)
    public SalesOrder ship(String number, Carrier carrier, String trackingNumber, String reason) {
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new BusinessRuleViolation("order.reason.size", MAX_REASON);
        }
        SalesOrder order = locked(number);
        order.shipWith(carrier, trackingNumber);
        flow.move(order, OrderStatus.SHIPPED, session.getCallerPrincipal().getName(), reason);
        return loaded(order);
    }

    /**
     * A guest's orders become the shopper's who just signed in on the same browser: only the orders named (those
     * the browser's session placed as that guest), and of those only the ones still the guest's — an order
     * number of anybody else's is passed over, never taken. Returns the numbers adopted.
     */
    public List<String> adopt(String guest, String customer, java.util.Collection<String> numbers) {
        if (guest == null
                || !guest.matches(GUEST)
                || customer == null
                || !customer.matches(CUSTOMER)
                || numbers == null
                || numbers.isEmpty()) {
            return List.of();
        }
        List<Long> ids = em.createQuery(
                        "SELECT o.id FROM SalesOrder o WHERE o.buyer = :g AND o.number IN :n ORDER BY o.id", Long.class)
                .setParameter("g", guest)
                .setParameter("n", List.copyOf(numbers))
                .getResultList();
        List<String> adopted = new java.util.ArrayList<>();
        for (Long id : ids) {
            SalesOrder order = em.find(SalesOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (guest.equals(order.getBuyer())) {
                order.adoptBy(customer);
                adopted.add(order.getNumber());
            }
        }
        if (!adopted.isEmpty()) {
            LOG.info(() -> "Guest orders " + adopted + " now belong to " + customer);
        }
        return adopted;
    }

    /** Staff move an order on (review, allocate, ship, deliver, complete, cancel), as the state machine allows. */
    @RolesAllowed(ORDER_CLERK)
    public SalesOrder move(String number, OrderStatus target, String reason) {
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new BusinessRuleViolation("order.reason.size", MAX_REASON);
        }
        SalesOrder order = locked(number);
        flow.move(order, target, session.getCallerPrincipal().getName(), reason);
        return loaded(order);
    }

    /**
     * Closes one order if it still awaits payment past its deadline, releasing its stock; the closing timer
     * calls it once per overdue order, each in its own transaction. A payment that won the order's lock first
     * leaves nothing to close.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean closeIfOverdue(long orderId, OffsetDateTime now) {
        SalesOrder order = em.find(SalesOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !order.isOverdue(now)) {
            return false;
        }
        flow.move(order, OrderStatus.CLOSED, "system", "unpaid by " + order.getPayBy());
        return true;
    }

    /** The ids of orders awaiting payment past their deadline at the given moment, oldest first. */
    public List<Long> overdue(OffsetDateTime now, int max) {
        return em.createQuery(
                        "SELECT o.id FROM SalesOrder o WHERE o.status = :s AND o.payBy < :now ORDER BY o.payBy",
                        Long.class)
                .setParameter("s", OrderStatus.AWAITING_PAYMENT)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    private Optional<SalesOrder> bySubmission(String buyer, String token) {
        return em.createQuery(
                        "SELECT o FROM SalesOrder o WHERE o.buyer = :b AND o.submissionToken = :t", SalesOrder.class)
                .setParameter("b", buyer)
                .setParameter("t", token)
                .getResultStream()
                .findFirst()
                .map(Orders::loaded);
    }

    private SalesOrder locked(String number) {
        Long id = em.createQuery("SELECT o.id FROM SalesOrder o WHERE o.number = :n", Long.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("order.unknown", number));
        return em.find(SalesOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static OrderDue due(SalesOrder order) {
        return new OrderDue(
                order.getNumber(),
                order.getBuyer(),
                order.payable(),
                order.getStatus().name(),
                order.getPayBy());
    }

    /** Reads the collections a page shows while the persistence context is open. */
    /** The order with its lines, amounts and history read, for callers past the transaction. */
    static SalesOrder loaded(SalesOrder order) {
        order.getLines().size();
        order.getAmounts().size();
        order.getHistory().size();
        order.getTracking().size();
        return order;
    }
}
