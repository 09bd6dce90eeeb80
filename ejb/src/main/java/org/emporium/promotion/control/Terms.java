package org.emporium.promotion.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The numbers of a campaign (a flash sale's {@code stock} and per-shopper {@code limit} in units); which of them a type needs is checked by {@link Offer}. Amounts have two
 * decimals, percentages are "percent off" (20 = 20% off, which a Chinese shopper reads as 8折).
 */
public record Terms(
        List<Tier> tiers,
        boolean repeatTier,
        BigDecimal percentOff,
        BigDecimal amount,
        int buyQuantity,
        String giftSku,
        int giftQuantity,
        BigDecimal giftValue,
        int maxGifts,
        int nth,
        BigDecimal threshold,
        int stock,
        int limit)
        implements Serializable {

    /** A flash sale's per-shopper limit when it has none. */
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    /** Spend at least {@code threshold}, get {@code reduction} off. */
    public record Tier(BigDecimal threshold, BigDecimal reduction) implements Serializable {
        public Tier {
            threshold = Money2.of(threshold);
            reduction = Money2.of(reduction);
            if (threshold.signum() < 0 || reduction.signum() <= 0) {
                throw new IllegalArgumentException("A tier needs a threshold of 0 or more and a positive reduction");
            }
        }
    }

    public Terms {
        tiers = tiers == null
                ? List.of()
                : tiers.stream().sorted(Comparator.comparing(Tier::threshold)).toList();
        amount = amount == null ? null : Money2.of(amount);
        giftValue = giftValue == null ? null : Money2.of(giftValue);
        threshold = threshold == null ? null : Money2.of(threshold);
    }

    public static Terms tiers(List<Tier> tiers) {
        return new Terms(tiers, false, null, null, 0, null, 0, null, 0, 0, null, 0, NO_LIMIT);
    }

    /** 每满: every full threshold reached gives the reduction again. */
    public static Terms everyFull(BigDecimal threshold, BigDecimal reduction) {
        return new Terms(
                List.of(new Tier(threshold, reduction)), true, null, null, 0, null, 0, null, 0, 0, null, 0, NO_LIMIT);
    }

    public static Terms percentOff(BigDecimal percent) {
        return new Terms(null, false, percent, null, 0, null, 0, null, 0, 0, null, 0, NO_LIMIT);
    }

    /** An amount off each unit (AMOUNT_OFF), a unit price (FIXED_PRICE) or a bundle price (BUNDLE). */
    public static Terms amount(BigDecimal amount) {
        return new Terms(null, false, null, amount, 0, null, 0, null, 0, 0, null, 0, NO_LIMIT);
    }

    public static Terms gift(int buyQuantity, String giftSku, int giftQuantity, BigDecimal giftValue, int maxGifts) {
        return new Terms(
                null, false, null, null, buyQuantity, giftSku, giftQuantity, giftValue, maxGifts, 0, null, 0, NO_LIMIT);
    }

    public static Terms nthItem(int nth, BigDecimal percentOff) {
        return new Terms(null, false, percentOff, null, 0, null, 0, null, 0, nth, null, 0, NO_LIMIT);
    }

    /**
     * A flash sale: each scoped unit at {@code price}, for {@code stock} units in all and at most {@code limit}
     * per shopper (null: no limit).
     */
    public static Terms flash(BigDecimal price, int stock, Integer limit) {
        return new Terms(
                null, false, null, price, 0, null, 0, null, 0, 0, null, stock, limit == null ? NO_LIMIT : limit);
    }

    /**
     * The same terms with what is left of a flash sale for one cart: {@code stockLeft} units still unsold and
     * {@code shopperLeft} units this shopper may still buy. The engine sells at most the smaller at the price.
     */
    public Terms withLeft(int stockLeft, int shopperLeft) {
        return new Terms(
                tiers,
                repeatTier,
                percentOff,
                amount,
                buyQuantity,
                giftSku,
                giftQuantity,
                giftValue,
                maxGifts,
                nth,
                threshold,
                Math.max(0, stockLeft),
                Math.max(0, shopperLeft));
    }

    public static Terms freeShippingFrom(BigDecimal threshold) {
        return new Terms(null, false, null, null, 0, null, 0, null, 0, 0, threshold, 0, NO_LIMIT);
    }
}
