package org.emporium.order.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a service request stands. The moves allowed from each status, for each kind of request, are listed here
 * and nowhere else; {@link ServiceRequest#moveTo} refuses every other.
 *
 * <ul>
 *   <li>Refund before shipment: requested → approved → refunded → closed; or rejected.
 *   <li>Return (RMA): requested → approved → goods awaited (the shopper sent them) → received → refunded → closed;
 *       staff may record the goods received straight from approved.
 *   <li>Exchange (RMA): as a return, ending exchanged (the replacement goes out) instead of refunded.
 *   <li>Complaint, suggestion: requested → approved (taken up) → closed, or closed at once.
 * </ul>
 *
 * The shopper may withdraw a request while it is only requested. Rejected, withdrawn and closed are final; a
 * rejected or withdrawn request no longer counts against the quantities of the order's lines.
 */
public enum ServiceStatus {
    REQUESTED,
    APPROVED,
    REJECTED,
    AWAITING_GOODS,
    RECEIVED,
    REFUNDED,
    EXCHANGED,
    CLOSED,
    WITHDRAWN;

    public Set<ServiceStatus> next(ServiceKind kind) {
        return switch (kind) {
            case REFUND ->
                switch (this) {
                    case REQUESTED -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
                    case APPROVED -> EnumSet.of(REFUNDED);
                    case REFUNDED -> EnumSet.of(CLOSED);
                    default -> EnumSet.noneOf(ServiceStatus.class);
                };
            case RETURN, EXCHANGE ->
                switch (this) {
                    case REQUESTED -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
                    case APPROVED -> EnumSet.of(AWAITING_GOODS, RECEIVED);
                    case AWAITING_GOODS -> EnumSet.of(RECEIVED);
                    case RECEIVED -> kind == ServiceKind.RETURN ? EnumSet.of(REFUNDED) : EnumSet.of(EXCHANGED);
                    case REFUNDED, EXCHANGED -> EnumSet.of(CLOSED);
                    default -> EnumSet.noneOf(ServiceStatus.class);
                };
            case COMPLAINT, SUGGESTION ->
                switch (this) {
                    case REQUESTED -> EnumSet.of(APPROVED, CLOSED, WITHDRAWN);
                    case APPROVED -> EnumSet.of(CLOSED);
                    default -> EnumSet.noneOf(ServiceStatus.class);
                };
        };
    }

    public boolean canMoveTo(ServiceKind kind, ServiceStatus target) {
        return next(kind).contains(target);
    }

    /** Nothing more happens: the shopper and staff may still read it, and no longer reply. */
    public boolean isFinal() {
        return this == CLOSED || this == WITHDRAWN || this == REJECTED;
    }

    /** Whether a request in this status still claims its quantities of the order's lines. */
    public boolean claimsGoods() {
        return this != REJECTED && this != WITHDRAWN;
    }
}
