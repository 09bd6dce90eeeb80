package org.emporium.order.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.emporium.order.boundary.ShipmentTracking;
import org.emporium.order.control.carrier.CarrierSettings;

/**
 * Asks carriers about shipped parcels nobody has looked at lately, so that an order whose parcel was signed for
 * moves to DELIVERED even if its shopper never opens it. Fires every ten minutes on every node; only the node that
 * wins the claim ({@link JobClaims}) asks, at most {@value #BATCH} parcels a run, least recently asked first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrackingPoller {

    public static final String CLAIM = "order-track-parcels";
    static final int BATCH = 100;

    @Inject
    JobClaims claims;

    @Inject
    TrackingRecords records;

    @Inject
    ShipmentTracking tracking;

    @Inject
    CarrierSettings settings;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void everyTenMinutes() {
        if (claims.claim(CLAIM, Duration.ofMinutes(9), System.getProperty("com.sun.aas.instanceName", "node"))) {
            poll(OffsetDateTime.now(ZoneOffset.UTC));
        }
    }

    /** Asks about the stale parcels at that moment; returns how many the carriers answered. */
    public int poll(OffsetDateTime now) {
        int answered = 0;
        for (long id : records.stale(now, settings.freshFor(), BATCH)) {
            if (tracking.refresh(id)) {
                answered++;
            }
        }
        return answered;
    }
}
