package org.emporium.catalog.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Price bands for a list's price facet: round boundaries (100, 200, 500, 1000, ...) that cut the range
 * of prices on the list into a handful of bands a shopper can read at a glance.
 */
public final class PriceBands {

    /** At most this many bands, so the facet fits on a phone's screen. */
    public static final int MAX_BANDS = 6;

    private static final int[] STEPS = {1, 2, 5};

    private PriceBands() {}

    /**
     * The inner boundaries between bands for prices from {@code lowest} to {@code highest}: the first band
     * is open below, the last open above. No prices, or all prices alike, give no boundaries (one band).
     */
    public static List<BigDecimal> boundaries(BigDecimal lowest, BigDecimal highest) {
        if (lowest == null || highest == null || highest.compareTo(lowest) <= 0) {
            return List.of();
        }
        BigDecimal span = highest.subtract(lowest);
        BigDecimal step = niceStep(span.divide(BigDecimal.valueOf(MAX_BANDS - 1), java.math.MathContext.DECIMAL64));
        List<BigDecimal> cuts = new ArrayList<>();
        BigDecimal cut = lowest.divide(step, 0, java.math.RoundingMode.FLOOR)
                .add(BigDecimal.ONE)
                .multiply(step);
        while (cut.compareTo(highest) <= 0 && cuts.size() < MAX_BANDS - 1) {
            cuts.add(cut.stripTrailingZeros()
                    .setScale(Math.max(0, cut.stripTrailingZeros().scale())));
            cut = cut.add(step);
        }
        return cuts;
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least the given amount. */
    static BigDecimal niceStep(BigDecimal atLeast) {
        BigDecimal power = BigDecimal.ONE.movePointLeft(2);
        while (true) {
            for (int s : STEPS) {
                BigDecimal candidate = power.multiply(BigDecimal.valueOf(s));
                if (candidate.compareTo(atLeast) >= 0) {
                    return candidate;
                }
            }
            power = power.movePointRight(1);
        }
    }
}
