package org.emporium.payment.entity;

/** What a journal entry records. */
public enum EntryKind {
    HOLD,
    RELEASE,
    CAPTURE,
    REFUND,
    EARN,
    EXPIRE,
    ACTIVATE,
    ADJUST
}
