package org.emporium.order.entity;

/**
 * What a shopper asks of the service centre. A refund before shipment and a return or exchange after delivery
 * are about goods of one order (lines and quantities); a complaint or a suggestion is words, tied to an order or
 * not.
 */
public enum ServiceKind {
    /** Money back for lines of a paid order that has not shipped. */
    REFUND,
    /** Goods sent back for money (an RMA). */
    RETURN,
    /** Goods sent back for the same goods again (an RMA). */
    EXCHANGE,
    COMPLAINT,
    SUGGESTION;

    /** A refund, return or exchange: lines and quantities of an order. */
    public boolean aboutGoods() {
        return this == REFUND || this == RETURN || this == EXCHANGE;
    }

    /** A return or an exchange: the goods come back to a warehouse. */
    public boolean goodsComeBack() {
        return this == RETURN || this == EXCHANGE;
    }
}
