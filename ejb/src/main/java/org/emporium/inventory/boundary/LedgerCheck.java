package org.emporium.inventory.boundary;

import java.io.Serializable;

/**
 * A SKU's stock rows beside the sums of its movement log: they balance when every change was logged.
 * Purchasing and the tests check it; a difference means a change bypassed the log.
 */
public record LedgerCheck(String skuCode, long onHand, long reserved, long loggedOnHand, long loggedReserved)
        implements Serializable {

    public boolean balances() {
        return onHand == loggedOnHand && reserved == loggedReserved;
    }
}
