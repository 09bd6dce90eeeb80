package org.emporium.order.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.order.boundary.Orders;

/**
 * Closes orders left unpaid past their deadline ({@code emporium.order.unpaid-minutes}, 30 by default) and so
 * releases their stock. The timer fires every minute on every node; only the node that wins the minute's
 * claim ({@link JobClaims}) does the work, and each order is closed in its own transaction under its row lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UnpaidOrderCloser {

    public static final String CLAIM = "order-close-unpaid";
    private static final Logger LOG = Logger.getLogger(UnpaidOrderCloser.class.getName());
    private static final int BATCH = 500;

    @Inject
    JobClaims claims;

    @Inject
    Orders orders;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (claims.claim(CLAIM, Duration.ofSeconds(50), node())) {
            closeOverdue(OffsetDateTime.now(ZoneOffset.UTC));
        }
    }

    /** Closes what is overdue at the given moment; returns how many orders it closed. */
    public int closeOverdue(OffsetDateTime now) {
        int closed = 0;
        for (long id : orders.overdue(now, BATCH)) {
            try {
                if (orders.closeIfOverdue(id, now)) {
                    closed++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not close unpaid order " + id + "; the next run tries again", e);
            }
        }
        if (closed > 0) {
            LOG.info("Closed " + closed + " unpaid orders");
        }
        return closed;
    }

    private static String node() {
        return System.getProperty("com.sun.aas.instanceName", "node");
    }
}
