package org.emporium.payment.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emporium.payment.control.PaymentGateway.BillLine;
import org.emporium.payment.entity.Reconciliation;
import org.emporium.payment.entity.RefundStatus;
import org.emporium.payment.entity.RefundStep;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.payment.entity.TenderStatus;

/**
 * What we booked for a gateway on one of its days (Beijing time, as the gateways cut their bills): the payments it
 * took (by the moment we booked them), the refund steps it confirmed, and the whole-trade refunds of payments that
 * came after their order ended. Also keeps the reconciliations' results.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Books {

    public static final ZoneId GATEWAY_ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    public List<BillLine> booked(String channel, LocalDate day) {
        TenderMethod method = java.util.Arrays.stream(TenderMethod.values())
                .filter(m -> m.isExternal() && m.channel().equals(channel))
                .findFirst()
                .orElse(null);
        if (method == null) {
            return List.of(); // a gateway whose tenders this shop does not take (yet): nothing booked
        }
        OffsetDateTime from = day.atStartOfDay(GATEWAY_ZONE).toOffsetDateTime();
        OffsetDateTime to = day.plusDays(1).atStartOfDay(GATEWAY_ZONE).toOffsetDateTime();
        List<BillLine> lines = new ArrayList<>();
        for (Tender t : em.createQuery(
                        "SELECT t FROM Tender t WHERE t.method = :m AND t.paidAt >= :since AND t.paidAt < :upto ORDER BY t.id",
                        Tender.class)
                .setParameter("m", method)
                .setParameter("since", from)
                .setParameter("upto", to)
                .getResultList()) {
            lines.add(new BillLine(
                    BillLine.Kind.PAYMENT,
                    t.getOutTradeNo(),
                    t.getGatewayTradeNo(),
                    null,
                    t.getAmount(),
                    t.getFee(),
                    t.getPaidAt().toString()));
        }
        for (RefundStep s : em.createQuery(
                        "SELECT s FROM RefundStep s WHERE s.method = :m AND s.status = :d"
                                + " AND s.updatedAt >= :since AND s.updatedAt < :upto ORDER BY s.id",
                        RefundStep.class)
                .setParameter("m", method)
                .setParameter("d", RefundStatus.DONE)
                .setParameter("since", from)
                .setParameter("upto", to)
                .getResultList()) {
            lines.add(new BillLine(
                    BillLine.Kind.REFUND,
                    s.getTender().getOutTradeNo(),
                    s.getTender().getGatewayTradeNo(),
                    s.getRequestNo(),
                    s.getAmount(),
                    null,
                    s.getUpdatedAt().toString()));
        }
        // payments that came after their order ended went back whole, under the tender's own request number
        for (Tender t : em.createQuery(
                        "SELECT t FROM Tender t WHERE t.method = :m AND t.status = :r AND t.refundRequestNo IS NOT NULL"
                                + " AND t.updatedAt >= :since AND t.updatedAt < :upto ORDER BY t.id",
                        Tender.class)
                .setParameter("m", method)
                .setParameter("r", TenderStatus.REFUNDED)
                .setParameter("since", from)
                .setParameter("upto", to)
                .getResultList()) {
            lines.add(new BillLine(
                    BillLine.Kind.REFUND,
                    t.getOutTradeNo(),
                    t.getGatewayTradeNo(),
                    t.getRefundRequestNo(),
                    t.getAmount(),
                    null,
                    t.getUpdatedAt().toString()));
        }
        return lines;
    }

    /** The day's reconciliation of that gateway, created the first time. */
    public Reconciliation reconciliation(String channel, LocalDate day) {
        Optional<Reconciliation> found = em.createQuery(
                        "SELECT r FROM Reconciliation r WHERE r.channel = :c AND r.billDate = :d", Reconciliation.class)
                .setParameter("c", channel)
                .setParameter("d", day)
                .getResultStream()
                .findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        Reconciliation fresh = new Reconciliation(channel, day);
        em.persist(fresh);
        return fresh;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Reconciliation> latest(int max) {
        List<Reconciliation> found = em.createQuery(
                        "SELECT r FROM Reconciliation r ORDER BY r.billDate DESC, r.channel", Reconciliation.class)
                .setMaxResults(max)
                .getResultList();
        found.forEach(r -> r.getDifferences().size());
        return found;
    }
}
