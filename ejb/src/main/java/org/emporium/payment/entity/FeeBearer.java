package org.emporium.payment.entity;

/** Who pays a credit-card instalment plan's fee: the shopper on top of the price, or the shop out of it. */
public enum FeeBearer {
    SHOPPER,
    SHOP
}
