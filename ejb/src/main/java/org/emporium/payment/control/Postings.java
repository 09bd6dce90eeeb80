package org.emporium.payment.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.emporium.payment.entity.Account;
import org.emporium.payment.entity.EntryKind;
import org.emporium.payment.entity.FeeBearer;
import org.emporium.payment.entity.GiftCard;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.PointsLot;
import org.emporium.payment.entity.Subject;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.payment.entity.TenderStatus;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/**
 * What each step of an internal tender does to its account and to the ledger, with no database in sight: the
 * caller has locked the account or gift card and hands it in, and posts the entry returned. A hold moves the
 * amount from the free to the held sub-account, a capture from held to the order's receipts, a release from
 * held back to free, a refund from the order's receipts back to where it was paid from.
 */
public final class Postings {

    private Postings() {}

    /** Where a tender draws from: the buyer's account (balance, points) or a gift card. */
    public record Source(Account account, GiftCard card) {}

    public static JournalEntry.Builder hold(Tender tender, Source source, String operator, OffsetDateTime now) {
        Money amount = tender.amount();
        String buyer = tender.getPayment().getBuyer();
        JournalEntry.Builder entry = entry(EntryKind.HOLD, tender, operator, now);
        switch (tender.getMethod()) {
            case BALANCE -> {
                source.account().holdBalance(amount);
                entry.move(Subject.CUSTOMER_BALANCE, buyer, Subject.CUSTOMER_BALANCE_HELD, buyer, amount.amount());
            }
            case POINTS -> {
                source.account().holdPoints(tender.getPoints());
                entry.move(Subject.POINTS, buyer, Subject.POINTS_HELD, buyer, amount.amount());
            }
            case GIFT_CARD -> {
                GiftCard card = source.card();
                card.hold(amount, buyer, now);
                entry.move(Subject.GIFT_CARD, card.getCode(), Subject.GIFT_CARD_HELD, card.getCode(), amount.amount());
            }
            default -> throw new IllegalArgumentException("Not an internal tender: " + tender.getMethod());
        }
        return entry.memo("held for order " + tender.getPayment().getOrderNumber());
    }

    /** Spends the held amount; points are taken from the lots given, soonest to expire first. */
    public static JournalEntry.Builder capture(
            Tender tender, Source source, List<PointsLot> lots, String operator, OffsetDateTime now) {
        Money amount = tender.amount();
        String buyer = tender.getPayment().getBuyer();
        String order = tender.getPayment().getOrderNumber();
        JournalEntry.Builder entry = entry(EntryKind.CAPTURE, tender, operator, now);
        switch (tender.getMethod()) {
            case BALANCE -> {
                source.account().captureBalance(amount);
                entry.move(Subject.CUSTOMER_BALANCE_HELD, buyer, Subject.ORDER_RECEIPTS, order, amount.amount());
            }
            case POINTS -> {
                source.account().capturePoints(tender.getPoints());
                tender.pointsTakenFrom(takeFromLots(lots, tender.getPoints(), now));
                entry.move(Subject.POINTS_HELD, buyer, Subject.ORDER_RECEIPTS, order, amount.amount());
            }
            case GIFT_CARD -> {
                GiftCard card = source.card();
                card.capture(amount);
                entry.move(Subject.GIFT_CARD_HELD, card.getCode(), Subject.ORDER_RECEIPTS, order, amount.amount());
            }
            default -> throw new IllegalArgumentException("Not an internal tender: " + tender.getMethod());
        }
        tender.moveTo(TenderStatus.CAPTURED, now);
        return entry.memo("paid order " + order);
    }

    public static JournalEntry.Builder release(
            Tender tender, Source source, String operator, String reason, OffsetDateTime now) {
        Money amount = tender.amount();
        String buyer = tender.getPayment().getBuyer();
        JournalEntry.Builder entry = entry(EntryKind.RELEASE, tender, operator, now);
        switch (tender.getMethod()) {
            case BALANCE -> {
                source.account().releaseBalance(amount);
                entry.move(Subject.CUSTOMER_BALANCE_HELD, buyer, Subject.CUSTOMER_BALANCE, buyer, amount.amount());
            }
            case POINTS -> {
                source.account().releasePoints(tender.getPoints());
                entry.move(Subject.POINTS_HELD, buyer, Subject.POINTS, buyer, amount.amount());
            }
            case GIFT_CARD -> {
                GiftCard card = source.card();
                card.release(amount);
                entry.move(Subject.GIFT_CARD_HELD, card.getCode(), Subject.GIFT_CARD, card.getCode(), amount.amount());
            }
            default -> throw new IllegalArgumentException("Not an internal tender: " + tender.getMethod());
        }
        tender.moveTo(TenderStatus.RELEASED, now);
        return entry.memo(reason);
    }

    /** Gives a captured amount back; points go back into the very lots they came from. */
    public static JournalEntry.Builder refund(
            Tender tender,
            Source source,
            LongFunction<PointsLot> lot,
            String operator,
            String reason,
            OffsetDateTime now) {
        Money amount = tender.amount();
        String buyer = tender.getPayment().getBuyer();
        String order = tender.getPayment().getOrderNumber();
        JournalEntry.Builder entry = entry(EntryKind.REFUND, tender, operator, now);
        switch (tender.getMethod()) {
            case BALANCE, COD -> {
                source.account().credit(amount);
                entry.move(Subject.ORDER_RECEIPTS, order, Subject.CUSTOMER_BALANCE, buyer, amount.amount());
            }
            case POINTS -> {
                for (Map.Entry<Long, Long> taken : tender.pointsTaken().entrySet()) {
                    lot.apply(taken.getKey()).putBack(taken.getValue());
                }
                source.account().addPoints(tender.getPoints());
                entry.move(Subject.ORDER_RECEIPTS, order, Subject.POINTS, buyer, amount.amount());
            }
            case GIFT_CARD -> {
                GiftCard card = source.card();
                card.refund(amount);
                entry.move(Subject.ORDER_RECEIPTS, order, Subject.GIFT_CARD, card.getCode(), amount.amount());
            }
            default -> throw new IllegalArgumentException("Not an internal tender: " + tender.getMethod());
        }
        tender.moveTo(TenderStatus.REFUNDED, now);
        return entry.memo(reason);
    }

    /**
     * Gives part of a captured internal tender back to where it was paid from: the amount (and, for points, the
     * points, into the lots they were taken from, in the order they were taken) out of the order's receipts. The
     * tender is refunded once all of it is back.
     */
    public static JournalEntry.Builder refundPart(
            Tender tender,
            Source source,
            BigDecimal part,
            long points,
            LongFunction<PointsLot> lot,
            String operator,
            String reason,
            OffsetDateTime now) {
        Money amount = new Money(part, tender.amount().currency());
        String buyer = tender.getPayment().getBuyer();
        String order = tender.getPayment().getOrderNumber();
        long pointsBackBefore = tender.getRefundedPoints();
        tender.giveBack(part, points);
        JournalEntry.Builder entry = entry(EntryKind.REFUND, tender, operator, now);
        switch (tender.getMethod()) {
            case BALANCE, COD -> {
                // Cash paid at the door comes back to the shopper's balance: there is no card or wallet to send it to.
                source.account().credit(amount);
                entry.move(Subject.ORDER_RECEIPTS, order, Subject.CUSTOMER_BALANCE, buyer, part);
            }
            case POINTS -> {
                for (Map.Entry<Long, Long> back :
                        tender.lotsToPutBack(pointsBackBefore, points).entrySet()) {
                    lot.apply(back.getKey()).putBack(back.getValue());
                }
                source.account().addPoints(points);
                entry.move(Subject.ORDER_RECEIPTS, order, Subject.POINTS, buyer, part);
            }
            case GIFT_CARD -> {
                GiftCard card = source.card();
                card.refund(amount);
                entry.move(Subject.ORDER_RECEIPTS, order, Subject.GIFT_CARD, card.getCode(), part);
            }
            default -> throw new IllegalArgumentException("Not an internal tender: " + tender.getMethod());
        }
        if (tender.fullyGivenBack()) {
            tender.moveTo(TenderStatus.REFUNDED, now);
        }
        return entry.memo(reason);
    }

    /** The gateway gave a part of the tender's money back (one step of a refund), under the step's request number. */
    public static JournalEntry.Builder gatewayRefundPart(
            Tender tender,
            BigDecimal part,
            String requestNo,
            String detail,
            LocalDate settlementDate,
            OffsetDateTime now) {
        String channel = tender.getMethod().channel();
        String order = tender.getPayment().getOrderNumber();
        return JournalEntry.of(EntryKind.REFUND, tender.getPayment().getCurrency(), "system", now)
                .order(order)
                .channel(channel)
                .settlementDate(settlementDate)
                .move(Subject.ORDER_RECEIPTS, order, Subject.GATEWAY_CLEARING, channel, part)
                .memo("refund " + requestNo + " " + detail);
    }

    /** A gateway took the tender's money: it sits in the gateway's clearing account, less the gateway's fee. */
    public static JournalEntry.Builder gatewayCapture(
            Tender tender, String tradeNo, BigDecimal fee, LocalDate settlementDate, OffsetDateTime now) {
        String channel = tender.getMethod().channel();
        String order = tender.getPayment().getOrderNumber();
        tender.gatewayPaid(tradeNo, fee, now);
        tender.moveTo(TenderStatus.CAPTURED, now);
        BigDecimal planFee = tender.getInstalments() == null ? BigDecimal.ZERO : tender.getInstalmentFee();
        boolean shopBears = tender.getFeeBearer() == FeeBearer.SHOP;
        JournalEntry.Builder entry = JournalEntry.of(
                        EntryKind.CAPTURE, tender.getPayment().getCurrency(), channel, now)
                .order(order)
                .channel(channel)
                .fee(shopBears ? fee.add(planFee) : fee)
                .settlementDate(settlementDate)
                .move(Subject.GATEWAY_CLEARING, channel, Subject.ORDER_RECEIPTS, order, tender.getAmount());
        String memo = channel + " trade " + tradeNo;
        if (planFee.signum() > 0) {
            if (shopBears) {
                // Interest-free for the shopper: the issuer's fee comes out of what the acquirer settles to the shop.
                entry.move(Subject.INSTALMENT_FEE, channel, Subject.GATEWAY_CLEARING, channel, planFee);
            } else {
                // The shopper paid the fee with the price; it passes through to the issuer, who keeps it.
                entry.move(Subject.GATEWAY_CLEARING, channel, Subject.INSTALMENT_FEE_PAYABLE, channel, planFee)
                        .move(Subject.INSTALMENT_FEE_PAYABLE, channel, Subject.GATEWAY_CLEARING, channel, planFee);
            }
            memo += " · " + tender.getInstalments() + " instalments, fee " + planFee.toPlainString() + " borne by "
                    + tender.getFeeBearer().name().toLowerCase();
        }
        if (fee.signum() > 0) {
            entry.move(Subject.GATEWAY_FEE, channel, Subject.GATEWAY_CLEARING, channel, fee);
        }
        return entry.memo(memo);
    }

    /** The gateway gave the tender's money back to the shopper. */
    public static JournalEntry.Builder gatewayRefund(
            Tender tender, String detail, LocalDate settlementDate, OffsetDateTime now) {
        String channel = tender.getMethod().channel();
        String order = tender.getPayment().getOrderNumber();
        tender.moveTo(TenderStatus.REFUNDED, now);
        return JournalEntry.of(EntryKind.REFUND, tender.getPayment().getCurrency(), "system", now)
                .order(order)
                .channel(channel)
                .settlementDate(settlementDate)
                .move(Subject.ORDER_RECEIPTS, order, Subject.GATEWAY_CLEARING, channel, tender.getAmount())
                .memo("refund " + tender.getRefundRequestNo() + " " + detail);
    }

    /**
     * The courier collected a cash-on-delivery tender at the door: the order's receipts get it, and the courier owes
     * it to the shop until the cash is remitted (the settlement date). Booked under the staff member who confirmed
     * the delivery.
     */
    public static JournalEntry.Builder cashCollected(
            Tender tender, String operator, LocalDate settlementDate, OffsetDateTime now) {
        if (tender.getMethod() != TenderMethod.COD) {
            throw new IllegalArgumentException("Not a cash-on-delivery tender: " + tender.getMethod());
        }
        String channel = tender.getMethod().channel();
        String order = tender.getPayment().getOrderNumber();
        tender.cashCollected(now);
        tender.moveTo(TenderStatus.CAPTURED, now);
        return JournalEntry.of(EntryKind.CAPTURE, tender.getPayment().getCurrency(), operator, now)
                .order(order)
                .channel(channel)
                .settlementDate(settlementDate)
                .move(Subject.COURIER_RECEIVABLE, channel, Subject.ORDER_RECEIPTS, order, tender.getAmount())
                .memo("cash collected on delivery of order " + order);
    }

    /** Takes points from the lots that expire first; returns which lots gave how many. */
    static Map<Long, Long> takeFromLots(List<PointsLot> lots, long points, OffsetDateTime now) {
        Map<Long, Long> taken = new LinkedHashMap<>();
        long left = points;
        for (PointsLot lot : lots) {
            if (left == 0) {
                break;
            }
            if (lot.isExpired(now) || lot.getRemaining() == 0) {
                continue;
            }
            long got = lot.take(left);
            taken.merge(lot.getId(), got, Long::sum);
            left -= got;
        }
        if (left > 0) {
            throw new BusinessRuleViolation("payment.points.insufficient", points - left, points);
        }
        return taken;
    }

    private static JournalEntry.Builder entry(EntryKind kind, Tender tender, String operator, OffsetDateTime now) {
        return JournalEntry.of(kind, tender.getPayment().getCurrency(), operator, now)
                .order(tender.getPayment().getOrderNumber())
                .channel("internal");
    }
}
