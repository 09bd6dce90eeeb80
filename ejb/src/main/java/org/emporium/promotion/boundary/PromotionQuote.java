package org.emporium.promotion.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What promotions take off a cart, and why, in both languages: the discount of each line, the gifts (lines of
 * zero amount), each campaign applied with what it took off and on which SKUs, and each campaign left out with
 * its reason ({@code promotion.reason.*} in the message bundles) and what it gave way to or what is missing.
 */
public record PromotionQuote(
        Map<String, BigDecimal> lineDiscounts,
        List<Gift> gifts,
        List<AppliedCampaign> applied,
        List<ExcludedCampaign> excluded,
        BigDecimal itemsDiscount,
        BigDecimal shippingDiscount,
        boolean searchComplete)
        implements Serializable {

    public static final PromotionQuote NONE = new PromotionQuote(
            Map.of(), List.of(), List.of(), List.of(), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), true);

    public PromotionQuote {
        lineDiscounts = Map.copyOf(lineDiscounts);
        gifts = List.copyOf(gifts);
        applied = List.copyOf(applied);
        excluded = List.copyOf(excluded);
    }

    public BigDecimal discount() {
        return itemsDiscount.add(shippingDiscount);
    }

    public BigDecimal discountOf(String skuCode) {
        return lineDiscounts.getOrDefault(skuCode, BigDecimal.ZERO.setScale(2));
    }

    public boolean isEmpty() {
        return applied.isEmpty() && excluded.isEmpty();
    }

    /** Reasons a shopper has no use for: campaigns that have nothing to do with this cart or this shopper. */
    public static final java.util.Set<String> NOT_FOR_THIS_CART =
            java.util.Set.of("NOT_STARTED", "ENDED", "OTHER_CHANNEL", "NOT_FOR_SHOPPER", "NO_ITEMS_IN_SCOPE");

    /** Whether a shopper has anything to read here: a campaign applied, a gift, or one that nearly did. */
    public boolean worthShowing() {
        return !applied.isEmpty()
                || !gifts.isEmpty()
                || excluded.stream().anyMatch(x -> !NOT_FOR_THIS_CART.contains(x.reason()));
    }

    /** A gift the shopper gets: a SKU, how many, from which campaign. */
    public record Gift(long campaignId, String skuCode, int quantity, String nameZh, String nameEn)
            implements Serializable {
        public String name(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
        }
    }

    /** A campaign that applied: its names, what it took off items and delivery, on which SKUs, the tier reached. */
    public record AppliedCampaign(
            long campaignId,
            String nameZh,
            String nameEn,
            String type,
            BigDecimal itemsDiscount,
            BigDecimal shippingDiscount,
            BigDecimal giftValue,
            List<String> skuCodes,
            BigDecimal tierReached)
            implements Serializable {
        public AppliedCampaign {
            skuCodes = List.copyOf(skuCodes);
        }

        public BigDecimal discount() {
            return itemsDiscount.add(shippingDiscount);
        }

        public String name(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
        }
    }

    /** A campaign left out: why, and the campaign it gave way to or the amount (or number of items) missing. */
    public record ExcludedCampaign(
            long campaignId,
            String nameZh,
            String nameEn,
            String reason,
            String becauseZh,
            String becauseEn,
            BigDecimal missing)
            implements Serializable {
        public String name(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
        }

        public String because(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? becauseZh : becauseEn;
        }
    }
}
