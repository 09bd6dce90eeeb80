package org.emporium.payment.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a tender stands. Internal tenders start HELD, external ones PENDING at their gateway; both end
 * CAPTURED when the order is paid, RELEASED when it ends unpaid, and REFUNDED (through REFUNDING for a
 * gateway, whose refund is a call that may have to be retried) when a paid order is cancelled.
 */
public enum TenderStatus {
    HELD,
    PENDING,
    CAPTURED,
    RELEASED,
    FAILED,
    REFUNDING,
    REFUNDED;

    public Set<TenderStatus> next() {
        return switch (this) {
            case HELD -> EnumSet.of(CAPTURED, RELEASED);
            case PENDING -> EnumSet.of(CAPTURED, RELEASED, FAILED);
            case FAILED -> EnumSet.of(CAPTURED, RELEASED);
            // Only external tenders: the gateway took the money after the order had ended; it is refunded.
            case CAPTURED -> EnumSet.of(REFUNDING, REFUNDED);
            case REFUNDING -> EnumSet.of(REFUNDED);
            case RELEASED -> EnumSet.of(CAPTURED);
            case REFUNDED -> EnumSet.noneOf(TenderStatus.class);
        };
    }

    public boolean canMoveTo(TenderStatus target) {
        return next().contains(target);
    }
}
