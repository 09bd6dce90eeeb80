package org.emporium.payment.entity;

/** Why a line of a gateway's bill and our books disagree. */
public enum DifferenceKind {
    /** On the gateway's bill, not booked here. */
    MISSING_OURS,
    /** Booked here, not on the gateway's bill. */
    MISSING_THEIRS,
    /** On both, for different amounts. */
    AMOUNT_MISMATCH
}
