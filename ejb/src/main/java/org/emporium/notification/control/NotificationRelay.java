package org.emporium.notification.control;

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
import org.emporium.notification.entity.DeliveryStatus;
import org.emporium.notification.entity.Notification;

/**
 * Hands committed, due messages to their queues: right after the requesting transaction commits, and every
 * second for retries whose time has come and for whatever a broker outage held back. A message is marked
 * dispatched just before it is sent (a listener may take it from the queue at once) and put back to pending if
 * the broker refuses it, so while the broker is down messages simply wait as PENDING and go out when it is back.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationRelay {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(NotificationRelay.class.getName());

    @Inject
    NotificationStore store;

    @Inject
    QueueSender sender;

    @EJB
    NotificationRelay self;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile boolean brokerWasDown;

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued queued) {
        self.relayAsync();
    }

    @Asynchronous
    public void relayAsync() {
        relayDue();
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void sweep() {
        relayDue();
    }

    /**
     * Dispatches every due message, once at a time on a node; a request arriving meanwhile makes it go round
     * again.
     *
     * @return how many messages this call dispatched
     */
    public int relayDue() {
        requested.set(true);
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        int dispatched = 0;
        try {
            while (requested.getAndSet(false)) {
                List<Notification> batch;
                do {
                    batch = store.due(BATCH);
                    for (Notification n : batch) {
                        if (!dispatch(n)) {
                            return dispatched;
                        }
                        dispatched++;
                    }
                } while (batch.size() == BATCH);
            }
            return dispatched;
        } finally {
            running.set(false);
        }
    }

    boolean dispatch(Notification n) {
        boolean wasPending = n.getStatus() == DeliveryStatus.PENDING;
        if (!store.markDispatched(n.getId())) {
            return true; // another node took it meanwhile
        }
        try {
            sender.send(n);
        } catch (RuntimeException e) {
            if (wasPending) {
                store.undispatch(n.getId(), n.getAttempts());
            }
            if (!brokerWasDown) {
                LOG.log(Level.WARNING, "Cannot hand notification " + n.getId() + " to the broker; it waits", e);
            }
            brokerWasDown = true;
            return false;
        }
        if (brokerWasDown) {
            LOG.info("The broker takes notifications again");
            brokerWasDown = false;
        }
        return true;
    }
}
