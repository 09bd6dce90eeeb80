package org.emporium.inventory.entity;

/** Why a stock row changed; the movement log's categories. */
public enum MovementKind {
    /** Goods arrived (inbound, opening stock): on hand rises. */
    RECEIPT,
    /** A count corrected on hand, up or down. */
    ADJUSTMENT,
    /** Units were held for an order: reserved rises. */
    RESERVE,
    /** A hold ended without shipping (cancelled, closed): reserved falls. */
    RELEASE,
    /** Held units left the warehouse: on hand and reserved fall together. */
    CONSUME
}
