package org.emporium.order.entity;

/** How the shopper pays: online on the payment page, or in cash to the courier at the door. */
public enum PaymentMethod {
    ONLINE,
    /** Reviewed by staff instead of awaiting payment; never closed by the unpaid-order timer. */
    CASH_ON_DELIVERY
}
