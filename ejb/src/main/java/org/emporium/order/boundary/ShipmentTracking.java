package org.emporium.order.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.order.control.TrackingRecords;
import org.emporium.order.control.carrier.CarrierSettings;
import org.emporium.order.control.carrier.CarrierTracking;
import org.emporium.order.entity.SalesOrder;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Where a shipped order's parcel is. The carrier is asked on demand — when the shopper opens the order, at most
 * once per {@code emporium.carrier.fresh-for} — and by the tracking timer for parcels nobody looks at; between
 * asks the last answer is shown. No transaction is open while the carrier is asked. A carrier that cannot answer
 * leaves the last events in place, marked as not current.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShipmentTracking {

    private static final Logger LOG = Logger.getLogger(ShipmentTracking.class.getName());

    @Inject
    Orders orders;

    @Inject
    OrderDesk orderDesk;

    @Inject
    TrackingRecords records;

    @Inject
    CarrierTracking carriers;

    @Inject
    CarrierSettings settings;

    /**
     * The buyer's order's tracking, asking the carrier first if the last answer is stale; empty for an order not
     * shipped with a tracking number, and for anyone else's order.
     */
    public Optional<Tracking> of(String buyer, String number) {
        Optional<SalesOrder> order = orders.order(buyer, number);
        if (order.isEmpty() || order.get().getCarrier() == null) {
            return Optional.empty();
        }
        boolean answered = refresh(order.get().getId());
        return orders.order(buyer, number).map(o -> Tracking.of(o, !answered));
    }

    /**
     * Staff ask the carrier about the order's parcel now, however fresh its last answer: false when the carrier
     * could not answer (the last events stay), {@code order.unknown} for no such order.
     */
    @RolesAllowed(Orders.ORDER_CLERK)
    public boolean askNow(String number) {
        long id = orderDesk
                .order(number)
                .map(SalesOrder::getId)
                .orElseThrow(() -> new BusinessRuleViolation("order.unknown", number));
        return refresh(id, Duration.ZERO);
    }

    /**
     * Asks the carrier about the order's parcel if its last answer is stale and keeps the answer; false when the
     * carrier could not answer. A fresh answer needs no asking: true.
     */
    public boolean refresh(long orderId) {
        return refresh(orderId, settings.freshFor());
    }

    private boolean refresh(long orderId, Duration freshFor) {
        Optional<TrackingRecords.Question> due = records.due(orderId, OffsetDateTime.now(ZoneOffset.UTC), freshFor);
        if (due.isEmpty()) {
            return true;
        }
        TrackingRecords.Question q = due.get();
        try {
            records.record(q.orderId(), carriers.query(q.carrier(), q.trackingNumber(), q.phone(), q.city()));
            return true;
        } catch (CarrierTracking.TrackingUnavailable e) {
            LOG.log(Level.WARNING, "No tracking for order " + q.orderNumber() + " just now: " + e.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not keep the tracking of order " + q.orderNumber(), e);
            return false;
        }
    }
}
