package org.emporium.order.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a carrier answered about a parcel: its events, oldest first, whatever order the carrier sent them in.
 * A value, not stored as such: the order keeps the events.
 */
public record Parcel(Carrier carrier, String trackingNumber, List<Event> events) implements Serializable {

    /** One tracking event: when, the stage it means, where (if said) and the carrier's words. */
    public record Event(OffsetDateTime at, TrackingStage stage, String location, String description)
            implements Serializable {}

    public Parcel {
        events = events.stream().sorted(Comparator.comparing(Event::at)).toList();
    }

    /** The event saying the parcel was signed for, if the carrier has told one. */
    public Optional<Event> delivered() {
        return events.stream().filter(e -> e.stage() == TrackingStage.DELIVERED).findFirst();
    }
}
