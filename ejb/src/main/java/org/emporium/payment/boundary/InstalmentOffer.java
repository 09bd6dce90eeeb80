package org.emporium.payment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An instalment plan as the payment page shows it for an amount: months, the fee's rate in percent, the fee and
 * who bears it, what the shopper is charged in all, and each month's instalment.
 */
public record InstalmentOffer(
        int months,
        BigDecimal ratePercent,
        BigDecimal principal,
        BigDecimal fee,
        boolean shopBearsFee,
        BigDecimal charged,
        List<BigDecimal> instalments)
        implements Serializable {

    /** The first instalment, which takes the fen that do not divide evenly. */
    public BigDecimal first() {
        return instalments.get(0);
    }

    /** Every later instalment. */
    public BigDecimal later() {
        return instalments.get(instalments.size() - 1);
    }
}
