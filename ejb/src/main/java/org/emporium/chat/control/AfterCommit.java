package org.emporium.chat.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.chat.boundary.ChatSignal;

/**
 * Sends what a chat transaction announced once, and only if, it committed: signals to the sockets (in the
 * order they were fired) and one routing request to the queue. Nothing is sent for a change that rolled
 * back. The sending runs on a managed thread ({@link ChatBroadcast#publishAll}): a transaction that has
 * just completed, on an MDB's thread above all, cannot host another bean call. Outside a transaction (a
 * typing preview) a signal goes at once. A request lost here (broker down) is made good by the routing sweep.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());
    private static final String PENDING = AfterCommit.class.getName() + ".pending";

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ChatBroadcast broadcast;

    public void signal(@Observes ChatSignal signal) {
        if (transactions.getTransactionKey() == null) {
            try {
                broadcast.publish(signal);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A chat signal was not published", e);
            }
            return;
        }
        pending().signals.add(signal);
    }

    public void route(@Observes RouteRequest request) {
        if (transactions.getTransactionKey() == null) {
            broadcast.publishAll(List.of(), request);
            return;
        }
        pending().route = request;
    }

    private Pending pending() {
        Pending pending = (Pending) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(PENDING, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        return pending;
    }

    private final class Pending implements Synchronization {

        private final ChatBroadcast sender = broadcast;
        private final ManagedExecutorService thread = executor;

        final List<ChatSignal> signals = new ArrayList<>();
        RouteRequest route;

        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                return;
            }
            List<ChatSignal> committed = List.copyOf(signals);
            RouteRequest request = route;
            try {
                thread.execute(() -> sender.publishAll(committed, request));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Chat signals were not published; the routing sweep will route", e);
            }
        }
    }
}
