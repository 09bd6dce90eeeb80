package org.emporium.promotion.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The margin floor: SKUs have no cost price, so the floor is a share of the selling price
 * ({@code emporium.promotion.margin-floor}, 0.70 by default: no unit should sell below 70% of its price). For a
 * campaign acting alone it finds the lowest share of the price a shopper could pay, per SKU where that depends on
 * the price, and warns below the floor. A warning does not refuse the campaign: staff decide, knowing.
 *
 * <p>Per type: percent off and the n-th item off give the same share at any price; spend tiers give the least at
 * a tier's threshold (reduction over threshold); amount off is worst on the cheapest SKU, a fixed or flash price
 * on the dearest; a gift takes its value off a set of the units to buy; a bundle's price is set against one unit
 * of each product at its cheapest SKU. Free delivery leaves the items' prices alone.
 */
public final class MarginFloor {

    public static final BigDecimal DEFAULT = new BigDecimal("0.70");

    /** A unit that could sell below the floor: which SKU (null when the share holds for every SKU) and at what share. */
    public record Warning(String skuCode, BigDecimal share) {}

    /** A SKU in the campaign's scope: its product and price. */
    public record PricedSku(String skuCode, long productId, BigDecimal price) {}

    private final BigDecimal floor;

    public MarginFloor(BigDecimal floor) {
        if (floor.signum() < 0 || floor.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A margin floor is a share of the price between 0 and 1");
        }
        this.floor = floor;
    }

    /** The warnings for this campaign over these SKUs of its scope (lowest share first). */
    public List<Warning> check(CampaignType type, Terms t, List<PricedSku> skus) {
        List<Warning> out = new ArrayList<>();
        switch (type) {
            case PERCENT_OFF ->
                below(null, BigDecimal.ONE.subtract(percent(t.percentOff()))).ifPresent(out::add);
            case NTH_ITEM_OFF ->
                below(
                                null,
                                BigDecimal.ONE.subtract(percent(t.percentOff())
                                        .divide(BigDecimal.valueOf(t.nth()), 4, RoundingMode.DOWN)))
                        .ifPresent(out::add);
            case SPEND_TIERS -> {
                BigDecimal least = BigDecimal.ONE;
                for (Terms.Tier tier : t.tiers()) {
                    BigDecimal share = tier.threshold().signum() == 0
                            ? BigDecimal.ZERO
                            : BigDecimal.ONE
                                    .subtract(tier.reduction().divide(tier.threshold(), 4, RoundingMode.UP))
                                    .max(BigDecimal.ZERO);
                    least = least.min(share);
                }
                below(null, least).ifPresent(out::add);
            }
            case AMOUNT_OFF -> {
                for (PricedSku sku : skus) {
                    below(sku.skuCode(), share(sku.price().subtract(t.amount()).max(BigDecimal.ZERO), sku.price()))
                            .ifPresent(out::add);
                }
            }
            case FIXED_PRICE, FLASH_SALE -> {
                for (PricedSku sku : skus) {
                    below(sku.skuCode(), share(t.amount().min(sku.price()), sku.price()))
                            .ifPresent(out::add);
                }
            }
            case BUY_X_GET_Y -> {
                BigDecimal given = t.giftValue().multiply(BigDecimal.valueOf(t.giftQuantity()));
                for (PricedSku sku : skus) {
                    BigDecimal set = sku.price().multiply(BigDecimal.valueOf(t.buyQuantity()));
                    below(sku.skuCode(), share(set.subtract(given).max(BigDecimal.ZERO), set))
                            .ifPresent(out::add);
                }
            }
            case BUNDLE -> {
                Map<Long, PricedSku> cheapest = new HashMap<>();
                for (PricedSku sku : skus) {
                    cheapest.merge(sku.productId(), sku, (a, b) -> a.price().compareTo(b.price()) <= 0 ? a : b);
                }
                if (!cheapest.isEmpty()) {
                    BigDecimal whole =
                            cheapest.values().stream().map(PricedSku::price).reduce(BigDecimal.ZERO, BigDecimal::add);
                    below(null, share(t.amount().min(whole), whole)).ifPresent(out::add);
                }
            }
            case FREE_SHIPPING -> {}
        }
        out.sort(java.util.Comparator.comparing(Warning::share)
                .thenComparing(w -> w.skuCode() == null ? "" : w.skuCode()));
        return out;
    }

    private Optional<Warning> below(String skuCode, BigDecimal share) {
        return share.compareTo(floor) < 0 ? Optional.of(new Warning(skuCode, share)) : Optional.empty();
    }

    private static BigDecimal share(BigDecimal paid, BigDecimal price) {
        return price.signum() == 0 ? BigDecimal.ONE : paid.divide(price, 4, RoundingMode.DOWN);
    }

    private static BigDecimal percent(BigDecimal p) {
        return p.divide(BigDecimal.valueOf(100), 4, RoundingMode.UP);
    }
}
