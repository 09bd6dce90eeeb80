package org.emporium.notification.entity;

/** Where a message stands. */
public enum DeliveryStatus {
    /** Waiting to be handed to the broker: new, or waiting for its next attempt after a failure. */
    PENDING,
    /** On its queue, waiting for the listener. */
    DISPATCHED,
    /** Accepted by the SMTP server or the SMS provider. */
    SENT,
    /** The SMS provider reported it delivered to the handset. */
    DELIVERED,
    /** The SMS provider reported that the handset could not be reached. */
    UNDELIVERED,
    /** Every attempt failed: a dead letter, which staff may send again. */
    FAILED,
    /** Not sent: a marketing message to a recipient without consent, or one who unsubscribed. */
    SUPPRESSED,
    /** Not sent: the recipient already had as many messages as the limits allow. */
    RATE_LIMITED;

    public boolean isFinal() {
        return this != PENDING && this != DISPATCHED;
    }
}
