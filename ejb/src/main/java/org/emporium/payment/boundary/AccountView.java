package org.emporium.payment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A shopper's internal account as a page shows it: what is free, what is held, and what the points are worth. */
public record AccountView(
        String owner,
        String currency,
        BigDecimal balance,
        BigDecimal balanceHeld,
        long points,
        long pointsHeld,
        long spendablePoints,
        BigDecimal spendablePointsValue)
        implements Serializable {

    public BigDecimal availableBalance() {
        return balance.subtract(balanceHeld);
    }
}
