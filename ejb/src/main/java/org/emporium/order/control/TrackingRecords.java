package org.emporium.order.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.Parcel;
import org.emporium.order.entity.SalesOrder;

/**
 * The order side of tracking, each call its own short transaction so that no row lock is held while a carrier is
 * asked: which parcel to ask about, and keeping the answer — the events replace the earlier ones, and a parcel
 * signed for moves its shipped order to DELIVERED through {@link OrderFlow} (in the history, published).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TrackingRecords {

    /** Who moves an order to DELIVERED on the carrier's word, in its history. */
    public static final String CARRIER = "carrier";

    private static final Logger LOG = Logger.getLogger(TrackingRecords.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderFlow flow;

    /** What to ask a carrier about an order's parcel: its carrier and number, the recipient's phone, the city. */
    public record Question(
            long orderId, String orderNumber, Carrier carrier, String trackingNumber, String phone, String city) {}

    /** The question for the order's parcel if its last answer is older than {@code freshFor} (or none). */
    public Optional<Question> due(long orderId, OffsetDateTime now, Duration freshFor) {
        SalesOrder order = em.find(SalesOrder.class, orderId);
        if (order == null || !order.trackingDue(now, freshFor)) {
            return Optional.empty();
        }
        return Optional.of(new Question(
                order.getId(),
                order.getNumber(),
                order.getCarrier(),
                order.getTrackingNumber(),
                order.address().phone(),
                order.address().city()));
    }

    /** The ids of shipped orders whose tracking is older than {@code freshFor}: never asked first, then least recently. */
    public List<Long> stale(OffsetDateTime now, Duration freshFor, int max) {
        return em.createQuery(
                        "SELECT o.id FROM SalesOrder o WHERE o.status = :s AND o.carrier IS NOT NULL"
                                + " AND (o.trackingCheckedAt IS NULL OR o.trackingCheckedAt < :before)"
                                + " ORDER BY o.trackingCheckedAt NULLS FIRST, o.id",
                        Long.class)
                .setParameter("s", OrderStatus.SHIPPED)
                .setParameter("before", now.minus(freshFor))
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Keeps the carrier's answer under the order's row lock; a parcel signed for moves a shipped order on to
     * DELIVERED. Returns whether it did.
     */
    public boolean record(long orderId, Parcel parcel) {
        SalesOrder order = em.find(SalesOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null
                || order.getCarrier() != parcel.carrier()
                || !parcel.trackingNumber().equals(order.getTrackingNumber())) {
            return false; // the order was shipped again under another number meanwhile: this answer is not its
        }
        order.tracked(parcel, OffsetDateTime.now(ZoneOffset.UTC));
        Optional<Parcel.Event> delivered = parcel.delivered();
        if (delivered.isPresent() && order.getStatus() == OrderStatus.SHIPPED) {
            flow.move(order, OrderStatus.DELIVERED, CARRIER, deliveredReason(delivered.get()));
            LOG.info(() -> "Order " + order.getNumber() + " delivered according to " + parcel.carrier());
            return true;
        }
        return false;
    }

    static String deliveredReason(Parcel.Event event) {
        String reason = "signed for: " + event.description();
        return reason.length() <= 200 ? reason : reason.substring(0, 199) + "…";
    }
}
