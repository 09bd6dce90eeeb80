package org.emporium.promotion.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The engine's rounding rules, in one place: amounts have two decimals (fen); a computed discount is rounded
 * down to the fen, so a rounding never gives away more than the campaign promises; an amount split over lines
 * goes by {@link Allocation} so the shares add up exactly.
 */
final class Money2 {

    static final BigDecimal ZERO = new BigDecimal("0.00");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money2() {}

    /** An amount given with at most two decimals, at scale 2; more decimals are an error, not a rounding. */
    static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A computed discount, rounded down to the fen. */
    static BigDecimal discount(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.DOWN);
    }

    static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return discount(amount.multiply(percent).divide(HUNDRED, 10, RoundingMode.DOWN));
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
