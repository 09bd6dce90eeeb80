package org.emporium.payment.entity;

/** What a journal entry records. */
public enum EntryKind {
    HOLD,
    RELEASE,
    CAPTURE,
    REFUND,
    EARN,
    /** Points an order earned, taken back because the order was refunded. */
    CLAWBACK,
    EXPIRE,
    ACTIVATE,
    ADJUST
}
