package org.emporium.payment.control;

import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.json.Jsons;

/**
 * The events the payment context publishes for staff's operations on money, so that the audit log shows who
 * did what and why: {@code payment.account-adjusted}, {@code payment.points-granted},
 * {@code payment.gift-cards-issued}, {@code payment.gift-card-activated}. Each carries {@code actor} and a
 * one-line {@code nameEn} the audit log shows as its summary.
 */
public final class PaymentEvents {

    public static final String ACCOUNT = "payment-account";
    public static final String GIFT_CARD_BATCH = "gift-card-batch";
    public static final String ORDER_PAYMENT = "order-payment";

    private PaymentEvents() {}

    public static DomainEvent adjusted(String owner, String amount, String reason, String voucher, String actor) {
        return DomainEvent.now(
                "payment.account-adjusted",
                ACCOUNT,
                owner,
                Jsons.createObjectBuilder()
                        .add("owner", owner)
                        .add("amount", amount)
                        .add("reason", reason)
                        .add("voucher", voucher)
                        .add("actor", actor)
                        .add("nameEn", "balance " + amount + " (" + reason + "), voucher " + voucher)
                        .build()
                        .toString());
    }

    public static DomainEvent pointsGranted(String owner, long points, String reason, String actor) {
        return DomainEvent.now(
                "payment.points-granted",
                ACCOUNT,
                owner,
                Jsons.createObjectBuilder()
                        .add("owner", owner)
                        .add("points", points)
                        .add("reason", reason)
                        .add("actor", actor)
                        .add("nameEn", points + " points (" + reason + ")")
                        .build()
                        .toString());
    }

    public static DomainEvent giftCardsIssued(String batch, int count, String faceValue, String actor) {
        return DomainEvent.now(
                "payment.gift-cards-issued",
                GIFT_CARD_BATCH,
                batch,
                Jsons.createObjectBuilder()
                        .add("batch", batch)
                        .add("count", count)
                        .add("faceValue", faceValue)
                        .add("actor", actor)
                        .add("nameEn", count + " × " + faceValue)
                        .build()
                        .toString());
    }

    public static DomainEvent giftCardActivated(String batch, String maskedCode, String actor) {
        return DomainEvent.now(
                "payment.gift-card-activated",
                GIFT_CARD_BATCH,
                batch,
                Jsons.createObjectBuilder()
                        .add("card", maskedCode)
                        .add("actor", actor)
                        .add("nameEn", "card " + maskedCode + " activated")
                        .build()
                        .toString());
    }

    /** Staff gave money back for lines of a paid order. */
    public static DomainEvent refunded(
            String order, String refundNumber, String amount, String lines, String reason, String actor) {
        return DomainEvent.now(
                "payment.refunded",
                ORDER_PAYMENT,
                order,
                Jsons.createObjectBuilder()
                        .add("order", order)
                        .add("refund", refundNumber)
                        .add("amount", amount)
                        .add("lines", lines)
                        .add("reason", reason)
                        .add("actor", actor)
                        .add("nameEn", "refund " + amount + " of order " + order + " (" + lines + "): " + reason)
                        .build()
                        .toString());
    }
}
