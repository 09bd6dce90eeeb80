package org.emporium.payment.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.emporium.payment.boundary.Accounts;

/**
 * Takes expired points out of the accounts every night. Running on every node is harmless: each account is
 * changed under its row lock and an expired lot, once emptied, has nothing left to expire.
 */
@Stateless
public class PointsExpiry {

    private static final Logger LOG = Logger.getLogger(PointsExpiry.class.getName());

    @Inject
    Accounts accounts;

    @Schedule(hour = "3", minute = "10", persistent = false)
    void nightly() {
        long expired = accounts.expirePoints(OffsetDateTime.now(ZoneOffset.UTC));
        if (expired > 0) {
            LOG.info("Expired " + expired + " points");
        }
    }
}
