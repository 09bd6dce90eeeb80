package org.emporium.order.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.TrackingStage;

/**
 * An order's parcel as its shopper sees it: the carrier and tracking number, the carrier's events newest first,
 * when the carrier last answered, and whether the carrier could not be asked just now (the events shown are then
 * the last ones it told).
 */
public record Tracking(
        Carrier carrier, String trackingNumber, List<Step> steps, OffsetDateTime checkedAt, boolean unavailable)
        implements Serializable {

    /** One of the carrier's events. */
    public record Step(OffsetDateTime at, TrackingStage stage, String location, String description)
            implements Serializable {}

    /** The tracking of an order as it stands, newest event first. */
    static Tracking of(SalesOrder order, boolean unavailable) {
        List<Step> steps = new java.util.ArrayList<>();
        order.getTracking()
                .forEach(e ->
                        steps.add(0, new Step(e.getOccurredAt(), e.getStage(), e.getLocation(), e.getDescription())));
        return new Tracking(
                order.getCarrier(),
                order.getTrackingNumber(),
                List.copyOf(steps),
                order.getTrackingCheckedAt(),
                unavailable);
    }

    /** The stage of the newest event, or null before the carrier told any. */
    public TrackingStage latest() {
        return steps.isEmpty() ? null : steps.get(0).stage();
    }
}
