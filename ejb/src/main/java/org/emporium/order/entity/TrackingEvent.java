package org.emporium.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One event of an order's parcel as its carrier last told it: when, where, what, and the stage it means. */
@Entity
@Table(name = "order_tracking_event")
public class TrackingEvent implements Serializable {

    static final int MAX_DESCRIPTION = 500;
    static final int MAX_LOCATION = 100;

    @Id
    @SequenceGenerator(
            name = "order_tracking_event_seq",
            sequenceName = "order_tracking_event_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_tracking_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private SalesOrder order;

    private int position;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    private TrackingStage stage;

    private String location;

    private String description;

    protected TrackingEvent() {}

    TrackingEvent(SalesOrder order, int position, Parcel.Event event) {
        this.order = order;
        this.position = position;
        this.occurredAt = event.at();
        this.stage = event.stage();
        this.location = clip(event.location(), MAX_LOCATION);
        this.description = clip(event.description(), MAX_DESCRIPTION);
    }

    private static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public TrackingStage getStage() {
        return stage;
    }

    public String getLocation() {
        return location;
    }

    public String getDescription() {
        return description == null ? "" : description;
    }
}
