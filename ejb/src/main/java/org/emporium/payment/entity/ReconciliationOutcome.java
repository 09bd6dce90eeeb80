package org.emporium.payment.entity;

/** How a gateway's day compared: every line matched, some differ, or there was no bill to compare with. */
public enum ReconciliationOutcome {
    MATCHED,
    DIFFERENCES,
    NO_BILL
}
