package org.emporium.promotion.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The margin floor. For a campaign acting alone it finds the lowest price a shopper could pay per unit, per SKU
 * where that depends on the price, and warns when it falls below what the SKU costs the retailer. A SKU whose cost
 * price is not known is held to the older rule: a share of its selling price ({@code emporium.promotion.margin-floor},
 * 0.70 by default: no unit should sell below 70% of its price), and the warning says that no cost was known. A
 * warning does not refuse the campaign: staff decide, knowing.
 *
 * <p>Per type: percent off and the n-th item off give the same share at any price; spend tiers give the least at
 * a tier's threshold (reduction over threshold); amount off is worst on the cheapest SKU, a fixed or flash price
 * on the dearest; a gift takes its value off a set of the units to buy; a bundle's price is set against one unit
 * of each product at its cheapest SKU (and against their costs when every one is known). Free delivery leaves the
 * items' prices alone.
 */
public final class MarginFloor {

    public static final BigDecimal DEFAULT = new BigDecimal("0.70");

    /**
     * A unit that could sell too low: which SKU (null when the share holds for every SKU without a cost price, or
     * for a bundle), at what share of its price, and, when its cost is known, the lowest price per unit and the cost
     * it falls below. Without a cost ({@code cost} null) the share fell below the floor.
     */
    public record Warning(String skuCode, BigDecimal share, BigDecimal paid, BigDecimal cost) {

        public Warning(String skuCode, BigDecimal share) {
            this(skuCode, share, null, null);
        }

        /** Whether it was judged against the SKU's cost price rather than the share of its price. */
        public boolean againstCost() {
            return cost != null;
        }
    }

    /** A SKU in the campaign's scope: its product, price and cost price (null when not known). */
    public record PricedSku(String skuCode, long productId, BigDecimal price, BigDecimal cost) {

        public PricedSku(String skuCode, long productId, BigDecimal price) {
            this(skuCode, productId, price, null);
        }
    }

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
            case PERCENT_OFF -> uniform(BigDecimal.ONE.subtract(percent(t.percentOff())), skus, out);
            case NTH_ITEM_OFF ->
                uniform(
                        BigDecimal.ONE.subtract(
                                percent(t.percentOff()).divide(BigDecimal.valueOf(t.nth()), 4, RoundingMode.DOWN)),
                        skus,
                        out);
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
                uniform(least, skus, out);
            }
            case AMOUNT_OFF -> {
                for (PricedSku sku : skus) {
                    perUnit(sku, sku.price().subtract(t.amount()).max(BigDecimal.ZERO), out);
                }
            }
            case FIXED_PRICE, FLASH_SALE -> {
                for (PricedSku sku : skus) {
                    perUnit(sku, t.amount().min(sku.price()), out);
                }
            }
            case BUY_X_GET_Y -> {
                BigDecimal given = t.giftValue().multiply(BigDecimal.valueOf(t.giftQuantity()));
                BigDecimal units = BigDecimal.valueOf(t.buyQuantity());
                for (PricedSku sku : skus) {
                    BigDecimal set = sku.price().multiply(units);
                    perUnit(sku, set.subtract(given).max(BigDecimal.ZERO).divide(units, 2, RoundingMode.DOWN), out);
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
                    BigDecimal paid = t.amount().min(whole);
                    BigDecimal share = share(paid, whole);
                    if (cheapest.values().stream().allMatch(s -> s.cost() != null)) {
                        BigDecimal cost = cheapest.values().stream()
                                .map(PricedSku::cost)
                                .reduce(BigDecimal.ZERO, BigDecimal::add);
                        if (paid.compareTo(cost) < 0) {
                            out.add(new Warning(null, share, paid, cost));
                        }
                    } else {
                        below(null, share).ifPresent(out::add);
                    }
                }
            }
            case FREE_SHIPPING -> {}
        }
        out.sort(Comparator.comparing(Warning::share).thenComparing(w -> w.skuCode() == null ? "" : w.skuCode()));
        return out;
    }

    /**
     * A share of the price that holds at any price: each SKU with a cost is judged against it, and the share
     * against the floor once for those without (or for the whole scope, when the campaign names no SKU).
     */
    private void uniform(BigDecimal share, List<PricedSku> skus, List<Warning> out) {
        boolean uncosted = skus.isEmpty();
        for (PricedSku sku : skus) {
            if (sku.cost() == null) {
                uncosted = true;
            } else {
                BigDecimal paid = sku.price().multiply(share).setScale(2, RoundingMode.DOWN);
                if (paid.compareTo(sku.cost()) < 0) {
                    out.add(new Warning(sku.skuCode(), share, paid, sku.cost()));
                }
            }
        }
        if (uncosted) {
            below(null, share).ifPresent(out::add);
        }
    }

    /** The lowest price per unit of one SKU, against its cost when known, else as a share of its price. */
    private void perUnit(PricedSku sku, BigDecimal paid, List<Warning> out) {
        BigDecimal share = share(paid, sku.price());
        if (sku.cost() == null) {
            below(sku.skuCode(), share).ifPresent(out::add);
        } else if (paid.compareTo(sku.cost()) < 0) {
            out.add(new Warning(sku.skuCode(), share, paid.setScale(2, RoundingMode.DOWN), sku.cost()));
        }
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
