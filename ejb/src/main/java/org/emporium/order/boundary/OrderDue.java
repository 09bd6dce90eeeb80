package org.emporium.order.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.emporium.platform.money.Money;

/**
 * What another context needs to know of an order in order to take its payment: whose it is, how much it
 * asks for, whether it still awaits payment and until when.
 */
public record OrderDue(String number, String buyer, Money payable, String status, OffsetDateTime payBy)
        implements Serializable {

    public boolean awaitingPayment() {
        return "AWAITING_PAYMENT".equals(status);
    }
}
