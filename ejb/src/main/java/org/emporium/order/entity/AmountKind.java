package org.emporium.order.entity;

/**
 * The kinds of line that make up what a shopper pays. Only kinds with real data behind them are written:
 * coupons, points, gift cards and balance arrive with their own contexts.
 */
public enum AmountKind {
    /** The sum of the order lines at their snapshot prices. */
    ITEMS,
    /** The delivery fee of the chosen method; zero when the free-shipping threshold is met. */
    SHIPPING,
    /** What one campaign took off (a negative amount), naming the campaign. */
    PROMOTION
}
