package org.emporium.payment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A shopper's internal account as a page shows it: what is free, what is held, what the points are worth, and the
 * points owed (earned points a refund took back after they had been spent).
 */
public record AccountView(
        String owner,
        String currency,
        BigDecimal balance,
        BigDecimal balanceHeld,
        long points,
        long pointsHeld,
        long spendablePoints,
        BigDecimal spendablePointsValue,
        long pointsDebt)
        implements Serializable {

    public BigDecimal availableBalance() {
        return balance.subtract(balanceHeld);
    }
}
