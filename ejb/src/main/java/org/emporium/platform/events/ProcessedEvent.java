package org.emporium.platform.events;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** Proof that one consumer has handled one event. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @EmbeddedId
    private Key key;

    @Column(name = "processed_at", nullable = false)
    private OffsetDateTime processedAt;

    protected ProcessedEvent() {}

    ProcessedEvent(Key key, OffsetDateTime processedAt) {
        this.key = key;
        this.processedAt = processedAt;
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "consumer")
        private String consumer;

        @Column(name = "event_id")
        private String eventId;

        protected Key() {}

        Key(String consumer, String eventId) {
            this.consumer = consumer;
            this.eventId = eventId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && consumer.equals(k.consumer) && eventId.equals(k.eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(consumer, eventId);
        }
    }
}
