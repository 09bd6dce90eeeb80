package org.emporium.promotion.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount over lines in proportion to their weights, to the fen, so that the shares add up exactly
 * (largest remainder: each line gets its share rounded down, the fen left over go one each to the lines with
 * the largest cut-off parts, the first line winning a tie). No share exceeds its line's weight when the amount
 * does not exceed the weights' sum.
 */
final class Allocation {

    private Allocation() {}

    static BigDecimal[] split(BigDecimal amount, BigDecimal[] weights) {
        BigDecimal[] shares = new BigDecimal[weights.length];
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            sum = sum.add(w);
        }
        if (sum.signum() == 0) {
            for (int i = 0; i < shares.length; i++) {
                shares[i] = Money2.ZERO;
            }
            if (amount.signum() != 0) {
                throw new IllegalArgumentException("Nothing to split " + amount + " over");
            }
            return shares;
        }
        BigDecimal cents = amount.movePointRight(2);
        BigDecimal given = BigDecimal.ZERO;
        List<int[]> order = new ArrayList<>();
        BigDecimal[] remainders = new BigDecimal[weights.length];
        for (int i = 0; i < weights.length; i++) {
            BigDecimal exact = cents.multiply(weights[i]).divide(sum, 12, RoundingMode.DOWN);
            BigDecimal floor = exact.setScale(0, RoundingMode.DOWN);
            shares[i] = floor;
            remainders[i] = exact.subtract(floor);
            given = given.add(floor);
            order.add(new int[] {i});
        }
        int left = cents.subtract(given).intValueExact();
        order.sort(Comparator.<int[], BigDecimal>comparing(o -> remainders[o[0]])
                .reversed()
                .thenComparingInt(o -> o[0]));
        for (int k = 0; k < left; k++) {
            int i = order.get(k % order.size())[0];
            shares[i] = shares[i].add(BigDecimal.ONE);
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] = shares[i].movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
        }
        return shares;
    }
}
