package org.emporium.platform.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened in one context that others may react to. The payload is JSON owned by the
 * publishing context; consumers read only what they need from it.
 */
public record DomainEvent(
        UUID eventId,
        String type,
        String aggregateType,
        String aggregateId,
        String payload,
        OffsetDateTime occurredAt) {

    public DomainEvent {
        Objects.requireNonNull(eventId, "eventId");
        requireText(type, "type");
        requireText(aggregateType, "aggregateType");
        requireText(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static DomainEvent now(String type, String aggregateType, Object aggregateId, String payload) {
        return new DomainEvent(
                UUID.randomUUID(),
                type,
                aggregateType,
                String.valueOf(aggregateId),
                payload,
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
