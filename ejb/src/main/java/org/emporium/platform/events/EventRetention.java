package org.emporium.platform.events;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the outbox and the consumers' records from growing without end: once a night, events published
 * and records of events processed more than {@code emporium.events.retention-days} ago (30 by default)
 * are deleted. The domain-events topic, not the outbox, is the history other contexts read.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventRetention {

    private static final Logger LOG = Logger.getLogger(EventRetention.class.getName());

    @Inject
    @ConfigProperty(name = "emporium.events.retention-days", defaultValue = "30")
    int retentionDays;

    @Inject
    OutboxStore outbox;

    @Inject
    ProcessedEvents processed;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        purgeBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(retentionDays)));
    }

    /** Deletes what is older than the cutoff; returns how many outbox events went. */
    public int purgeBefore(OffsetDateTime cutoff) {
        int events = outbox.purgePublishedBefore(cutoff);
        int records = processed.forgetBefore(cutoff);
        LOG.info(() ->
                "Purged " + events + " published events and " + records + " processed-event records before " + cutoff);
        return events;
    }
}
