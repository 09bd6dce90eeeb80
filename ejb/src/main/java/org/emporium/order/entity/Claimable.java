package org.emporium.order.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A line of an order as the service centre offers it: how many were bought, how many earlier requests (refund,
 * return or exchange, unless rejected or withdrawn) claim already, and what the line paid after promotions.
 */
public record Claimable(
        long orderLineId, String skuCode, String nameZh, String nameEn, int bought, int claimed, BigDecimal netTotal)
        implements Serializable {

    public static Claimable of(OrderLine line, int claimed) {
        return new Claimable(
                line.getId(),
                line.getSkuCode(),
                line.getNameZh(),
                line.getNameEn(),
                line.getQuantity(),
                claimed,
                line.getNetTotal());
    }

    /** How many may still be asked for: never more than bought minus what is claimed already. */
    public int getLeft() {
        return Math.max(0, bought - claimed);
    }

    /**
     * What {@code quantity} units paid: the line's net total shared by unit, the cents the division leaves going
     * to the last units, so that asking for all of them, in one request or several, adds up to the net total.
     */
    public BigDecimal amountOf(int quantity) {
        BigDecimal perUnit = netTotal.divide(BigDecimal.valueOf(bought), 2, RoundingMode.DOWN);
        int after = claimed + quantity;
        BigDecimal upToAfter = after == bought ? netTotal : perUnit.multiply(BigDecimal.valueOf(after));
        BigDecimal upToBefore = claimed == bought ? netTotal : perUnit.multiply(BigDecimal.valueOf(claimed));
        return upToAfter.subtract(upToBefore).setScale(2, RoundingMode.UNNECESSARY);
    }

    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
