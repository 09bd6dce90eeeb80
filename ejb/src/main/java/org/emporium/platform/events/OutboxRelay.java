package org.emporium.platform.events;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands committed outbox events to Artemis. The send happens outside any database transaction, and the
 * event is marked published only afterwards: a crash in between publishes it again on the next sweep,
 * and the broker drops the copy because it carries the same duplicate-detection id. Consumers are
 * idempotent as well, so a copy that slips through is harmless.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @Inject
    OutboxStore store;

    @Inject
    EventSender sender;

    @EJB
    OutboxRelay self;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    /** Relays right after a business transaction commits, instead of waiting for the sweep. */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        self.relayAsync();
    }

    @Asynchronous
    public void relayAsync() {
        relayPending();
    }

    /** Catches whatever the after-commit path missed: a broker outage, a node that died before relaying. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void sweep() {
        relayPending();
    }

    /**
     * Publishes every unpublished event, oldest first. Runs once at a time on a node; a request that comes
     * in while it runs makes it go round once more.
     *
     * @return how many events this call published
     */
    public int relayPending() {
        requested.set(true);
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        int published = 0;
        try {
            while (requested.getAndSet(false)) {
                List<OutboxEvent> batch;
                do {
                    batch = store.unpublished(BATCH);
                    for (OutboxEvent entry : batch) {
                        if (!publish(entry)) {
                            return published;
                        }
                        published++;
                    }
                } while (batch.size() == BATCH);
            }
            return published;
        } finally {
            running.set(false);
        }
    }

    /** Sends one outbox entry and records that it went; false when the broker refused it. */
    public boolean publish(OutboxEvent entry) {
        try {
            sender.send(entry.toDomainEvent());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Relaying event " + entry.getEventId() + " failed; it stays in the outbox", e);
            store.markFailed(entry.getId(), String.valueOf(e));
            return false;
        }
        store.markPublished(entry.getId());
        return true;
    }
}
