package org.emporium.payment.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.emporium.payment.entity.Tender;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * How a refund is cut, with no database in sight.
 *
 * <p>Per line: each line gives back at most what was paid for it (its price after the promotions and coupon
 * shares taken off it) less what earlier refunds gave back of it; the order's other charges (shipping) count as
 * one more line.
 *
 * <p>Across tenders: last paid, first refunded. The tenders are taken in the reverse of the order the shopper
 * chose, so the gateway's part (always last when paying) goes back first, then the stored value in reverse, points
 * last but one... This is what finance asked for: the shopper gets real money back before shop currency; a gateway
 * refunds only within its window (Alipay and WeChat Pay: a year) while an internal account can always be
 * credited; no gateway refund is cut into cent-sized pieces the way a proportional split would cut it (each piece
 * a request, a bill line and a fee correction); and the split is the same however the refund is cut into parts,
 * so two partial refunds end where one whole one would.
 */
public final class RefundPlan {

    private RefundPlan() {}

    /** One tender's part of a refund, with the points it returns for a points tender. */
    public record Part(Tender tender, BigDecimal amount, long points) {}

    /** A line of the order as paid: {@code lineId} null for the order's other charges (shipping). */
    public record PaidLine(Long lineId, String label, BigDecimal paid, BigDecimal refundedBefore) {

        public BigDecimal refundable() {
            return paid.subtract(refundedBefore).max(BigDecimal.ZERO);
        }
    }

    /** What to give back of a line: its amount, or null for all that is left of it. */
    public record Ask(Long lineId, BigDecimal amount) {}

    /** A line of a refund decided: which, named how, how much. */
    public record LineRefund(Long lineId, String label, BigDecimal amount) {}

    /**
     * Checks each ask against its line: a line of this order, something to give back, never beyond what is left of
     * it. Asks for the same line add up.
     */
    public static List<LineRefund> lines(List<PaidLine> paid, List<Ask> asks) {
        if (asks.isEmpty()) {
            throw new BusinessRuleViolation("payment.refund.nothing");
        }
        Map<Long, PaidLine> byId = new LinkedHashMap<>();
        paid.forEach(l -> byId.put(l.lineId(), l));
        Map<Long, BigDecimal> asked = new LinkedHashMap<>();
        for (Ask ask : asks) {
            PaidLine line = byId.get(ask.lineId());
            if (line == null) {
                throw new BusinessRuleViolation("payment.refund.lineUnknown", String.valueOf(ask.lineId()));
            }
            BigDecimal amount = ask.amount() == null ? line.refundable() : ask.amount();
            if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
                throw new BusinessRuleViolation("payment.refund.cents");
            }
            if (ask.amount() != null && amount.signum() <= 0) {
                throw new BusinessRuleViolation("payment.refund.amount");
            }
            asked.merge(ask.lineId(), amount.setScale(2), BigDecimal::add);
        }
        List<LineRefund> lines = new ArrayList<>();
        for (Map.Entry<Long, BigDecimal> a : asked.entrySet()) {
            PaidLine line = byId.get(a.getKey());
            if (a.getValue().compareTo(line.refundable()) > 0) {
                throw new BusinessRuleViolation(
                        "payment.refund.lineExceeded",
                        line.label(),
                        line.refundable().toPlainString());
            }
            if (a.getValue().signum() > 0) {
                lines.add(new LineRefund(line.lineId(), line.label(), a.getValue()));
            }
        }
        if (lines.isEmpty()) {
            throw new BusinessRuleViolation("payment.refund.nothing");
        }
        return lines;
    }

    /** Cuts the amount across the tenders, last paid first, each giving at most what is left of it. */
    public static List<Part> split(List<Tender> tenders, BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        List<Part> parts = new ArrayList<>();
        BigDecimal left = amount;
        for (int i = tenders.size() - 1; i >= 0 && left.signum() > 0; i--) {
            Tender tender = tenders.get(i);
            BigDecimal refundable = tender.refundable();
            if (refundable.signum() <= 0) {
                continue;
            }
            BigDecimal part = refundable.min(left);
            parts.add(new Part(tender, part, tender.pointsFor(part)));
            left = left.subtract(part);
        }
        if (left.signum() > 0) {
            throw new BusinessRuleViolation("payment.refund.exceedsPaid", left.toPlainString());
        }
        return parts;
    }
}
