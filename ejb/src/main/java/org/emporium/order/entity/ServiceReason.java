package org.emporium.order.entity;

import java.util.EnumSet;
import java.util.Set;

/** The reasons a shopper picks from for a refund, return or exchange; the free text says the rest. */
public enum ServiceReason {
    CHANGED_MIND,
    ORDERED_BY_MISTAKE,
    DELIVERY_TOO_LATE,
    DAMAGED,
    WRONG_ITEM,
    NOT_AS_DESCRIBED,
    QUALITY,
    SIZE_OR_FIT,
    OTHER;

    /** Which reasons make sense for a request of that kind: nothing is damaged before it ships. */
    public static Set<ServiceReason> forKind(ServiceKind kind) {
        return switch (kind) {
            case REFUND -> EnumSet.of(CHANGED_MIND, ORDERED_BY_MISTAKE, DELIVERY_TOO_LATE, OTHER);
            case RETURN, EXCHANGE ->
                EnumSet.of(DAMAGED, WRONG_ITEM, NOT_AS_DESCRIBED, QUALITY, SIZE_OR_FIT, CHANGED_MIND, OTHER);
            case COMPLAINT, SUGGESTION -> EnumSet.noneOf(ServiceReason.class);
        };
    }
}
