package org.emporium.payment.entity;

/** A refund or one of its steps: waiting for a gateway to confirm (SENDING), or done. */
public enum RefundStatus {
    SENDING,
    DONE
}
