package org.emporium.payment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One movement of a shopper's sub-account as the shopper sees it: when, the voucher, what kind of entry, the order
 * it concerns and the signed amount (credits to the shopper positive, debits negative).
 */
public record AccountMovement(
        OffsetDateTime postedAt, String voucher, String kind, String orderNumber, BigDecimal amount, String memo)
        implements Serializable {

    /**
     * The movement a ledger line on one of the shopper's liability sub-accounts stands for, from the row {@code
     * postedAt, voucher, kind, orderNumber, debit, credit, memo}.
     */
    static AccountMovement of(Object[] row) {
        BigDecimal debit = row[4] == null ? BigDecimal.ZERO : (BigDecimal) row[4];
        BigDecimal credit = row[5] == null ? BigDecimal.ZERO : (BigDecimal) row[5];
        return new AccountMovement(
                (OffsetDateTime) row[0],
                (String) row[1],
                row[2].toString(),
                (String) row[3],
                credit.subtract(debit),
                (String) row[6]);
    }
}
