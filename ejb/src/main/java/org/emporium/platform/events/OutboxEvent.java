package org.emporium.platform.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A domain event waiting in the outbox until the relay has handed it to the broker. */
@Entity
@Table(name = "outbox_event")
@NamedQuery(
        name = OutboxEvent.UNPUBLISHED,
        query = "SELECT e FROM OutboxEvent e WHERE e.publishedAt IS NULL ORDER BY e.id")
public class OutboxEvent {

    static final String UNPUBLISHED = "OutboxEvent.unpublished";
    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(name = "aggregate_type", nullable = false, updatable = false)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    private String aggregateId;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxEvent() {}

    public OutboxEvent(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        this.eventId = event.eventId().toString();
        this.eventType = event.type();
        this.aggregateType = event.aggregateType();
        this.aggregateId = event.aggregateId();
        this.payload = event.payload();
        this.occurredAt = event.occurredAt();
    }

    public DomainEvent toDomainEvent() {
        return new DomainEvent(UUID.fromString(eventId), eventType, aggregateType, aggregateId, payload, occurredAt);
    }

    void markPublished(OffsetDateTime at) {
        this.publishedAt = at;
        this.attempts++;
        this.lastError = null;
    }

    void markFailed(String error) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
    }

    public Long getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
