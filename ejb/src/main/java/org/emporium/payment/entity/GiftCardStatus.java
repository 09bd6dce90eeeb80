package org.emporium.payment.entity;

/** Issued cards are printed but not sold; only active cards pay; void cards never again. */
public enum GiftCardStatus {
    ISSUED,
    ACTIVE,
    VOID
}
