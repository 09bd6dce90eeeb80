package org.emporium.inventory.entity;

/** A reservation is held until it is released or consumed; both are final. */
public enum ReservationStatus {
    HELD,
    RELEASED,
    CONSUMED
}
