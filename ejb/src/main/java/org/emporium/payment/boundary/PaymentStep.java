package org.emporium.payment.boundary;

import java.io.Serializable;
import org.emporium.payment.entity.Payment;

/**
 * What happens after the shopper pressed "pay": the order is paid, or the browser goes to the gateway's page
 * at {@code redirect}, or the payment is waiting (or ended) as {@code payment} shows.
 */
public record PaymentStep(Kind kind, String redirect, Payment payment) implements Serializable {

    public enum Kind {
        PAID,
        REDIRECT,
        WAITING,
        ENDED
    }
}
