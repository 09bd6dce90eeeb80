package org.emporium.promotion.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the engine decided for a cart, and why: every line with the share of each campaign's discount, the gift
 * lines, the delivery discount, the campaigns applied (with the lines they acted on) and the ones left out
 * (with the reason, and the campaign that pushed them out or the amount still missing). The shares of the
 * lines add up to {@link #itemsDiscount()}; {@link #payable()} is items + delivery - discounts.
 */
public record PricingResult(
        List<LineResult> lines,
        List<GiftLine> gifts,
        BigDecimal itemsTotal,
        BigDecimal itemsDiscount,
        BigDecimal shippingFee,
        BigDecimal shippingDiscount,
        List<Applied> applied,
        List<Excluded> excluded,
        boolean searchComplete)
        implements Serializable {

    public PricingResult {
        lines = List.copyOf(lines);
        gifts = List.copyOf(gifts);
        applied = List.copyOf(applied);
        excluded = List.copyOf(excluded);
    }

    public BigDecimal totalDiscount() {
        return itemsDiscount.add(shippingDiscount);
    }

    public BigDecimal payable() {
        return itemsTotal.subtract(itemsDiscount).add(shippingFee).subtract(shippingDiscount);
    }

    /** The value of the gifts, at the price the campaigns name for them. */
    public BigDecimal giftValue() {
        return applied.stream().map(Applied::giftValue).reduce(Money2.ZERO, BigDecimal::add);
    }

    /** What the shopper gains: discounts and gifts. */
    public BigDecimal benefit() {
        return totalDiscount().add(giftValue());
    }

    /** A cart line: its amount, each campaign's share of discount on it, and what remains to pay. */
    public record LineResult(String skuCode, BigDecimal amount, List<Share> shares) implements Serializable {
        public LineResult {
            shares = List.copyOf(shares);
        }

        public BigDecimal discount() {
            return shares.stream().map(Share::amount).reduce(Money2.ZERO, BigDecimal::add);
        }

        public BigDecimal net() {
            return amount.subtract(discount());
        }
    }

    public record Share(long offerId, BigDecimal amount) implements Serializable {}

    /** A gift: a line of zero amount. */
    public record GiftLine(long offerId, String skuCode, int quantity) implements Serializable {}

    /**
     * A campaign that applied: its discount on items and on delivery, the value of its gifts, the SKUs it acted
     * on, and for a spend-tier campaign the threshold reached.
     */
    public record Applied(
            Offer offer,
            BigDecimal itemsDiscount,
            BigDecimal shippingDiscount,
            BigDecimal giftValue,
            List<String> skuCodes,
            BigDecimal tierReached)
            implements Serializable {
        public Applied {
            skuCodes = List.copyOf(skuCodes);
        }

        public BigDecimal discount() {
            return itemsDiscount.add(shippingDiscount);
        }
    }

    /**
     * A campaign left out: why, which applied campaign it gave way to (when another one pushed it out), and for
     * a threshold not reached, how much more of its items the shopper would have to buy.
     */
    public record Excluded(Offer offer, Reason reason, Long because, BigDecimal missing) implements Serializable {}

    /** Why a campaign was left out; each has a sentence in zh_CN and en (promotion.reason.*). */
    public enum Reason {
        NOT_STARTED,
        ENDED,
        OTHER_CHANNEL,
        NOT_FOR_SHOPPER,
        NO_ITEMS_IN_SCOPE,
        THRESHOLD_NOT_MET,
        BUDGET_EXHAUSTED,
        /** A flash sale whose own stock is sold. */
        SOLD_OUT,
        /** A flash sale of which this shopper bought as many units as one shopper may. */
        LIMIT_REACHED,
        /** An exclusive campaign applied alone, or this exclusive one lost to a better combination. */
        EXCLUSIVE,
        /** A campaign of the same stacking group acted on the same items and gave more. */
        SAME_GROUP,
        /** The stacking rules do not let its group combine with the group of an applied campaign. */
        GROUPS_EXCLUDED,
        /** It could combine, but the combination without it gives the shopper more. */
        LOWER_TOTAL,
        /** After the campaigns applied before it, nothing was left for it to take off. */
        NOTHING_LEFT
    }
}
