package org.emporium.order.control.carrier;

import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.Parcel;

/**
 * Where a carrier's parcel is: the SPI between the order context and a carrier-query service (an aggregator
 * such as Kuaidi100, or a carrier's own API).
 */
public interface CarrierTracking {

    /**
     * The parcel's events as the service knows them now. {@code phone} is the recipient's (some carriers answer
     * only with its last digits), {@code to} the destination city; both may be null.
     */
    Parcel query(Carrier carrier, String trackingNumber, String phone, String to) throws TrackingUnavailable;

    /** The service could not say (unreachable, refused, no answer yet): the last answer stays. */
    class TrackingUnavailable extends Exception {

        private static final long serialVersionUID = 1L;

        public TrackingUnavailable(String message) {
            super(message);
        }

        public TrackingUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
