package org.emporium.payment.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/**
 * Splits a payable over the tenders the shopper chose, in their order: each internal tender takes as much as
 * it has and the shopper allows, up to what is still due; the external tender, which may only come last,
 * takes the rest. Nothing is left due, nothing is taken twice, and a tender with nothing to give is left out.
 */
public final class TenderPlan {

    /** A tender the shopper chose, with what it can give now and the most the shopper lets it give (or null). */
    public record Offer(TenderMethod method, String giftCardCode, Money available, Money limit) {}

    /** A tender as planned: how much it pays. */
    public record Part(TenderMethod method, String giftCardCode, Money amount) {}

    private TenderPlan() {}

    public static List<Part> split(Money payable, List<Offer> offers) {
        if (offers.isEmpty()) {
            throw new BusinessRuleViolation("payment.tenders.none");
        }
        List<Part> parts = new ArrayList<>();
        Money due = payable;
        for (int i = 0; i < offers.size(); i++) {
            Offer offer = offers.get(i);
            if (offer.method().isExternal()) {
                if (offers.stream().filter(o -> o.method().isExternal()).count() > 1) {
                    throw new BusinessRuleViolation("payment.tenders.oneGateway");
                }
                if (i != offers.size() - 1) {
                    throw new BusinessRuleViolation("payment.tenders.externalLast");
                }
                if (due.isPositive()) {
                    parts.add(new Part(offer.method(), null, due));
                    due = zero(payable);
                }
                continue;
            }
            Money can = offer.available();
            if (offer.limit() != null && offer.limit().compareTo(can) < 0) {
                can = offer.limit();
            }
            Money take = can.compareTo(due) < 0 ? can : due;
            if (take.isPositive()) {
                parts.add(new Part(offer.method(), offer.giftCardCode(), take));
                due = new Money(due.amount().subtract(take.amount()), due.currency());
            }
        }
        if (due.isPositive()) {
            throw new BusinessRuleViolation(
                    "payment.tenders.short", due.amount().toPlainString());
        }
        return parts;
    }

    private static Money zero(Money like) {
        return new Money(BigDecimal.ZERO, like.currency());
    }
}
