package org.emporium.chat.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes the queue every 20 seconds on each node, whatever the routing requests did: a request lost between
 * a commit and the broker still gets its conversation assigned. Routing the queue twice assigns nothing twice.
 */
@Singleton
public class RoutingSweep {

    private static final Logger LOG = Logger.getLogger(RoutingSweep.class.getName());

    @Inject
    Routing routing;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false, info = "chat-routing-sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            int assigned = routing.route();
            if (assigned > 0) {
                LOG.info(() -> "Routing sweep assigned " + assigned + " waiting conversations");
            }
        } catch (RuntimeException e) {
            // another node routing at the same moment, or the database away: the next sweep tries again
            LOG.log(Level.FINE, "Routing sweep failed", e);
        }
    }
}
