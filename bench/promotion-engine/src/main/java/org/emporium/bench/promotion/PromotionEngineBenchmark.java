package org.emporium.bench.promotion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.emporium.promotion.control.CampaignType;
import org.emporium.promotion.control.Offer;
import org.emporium.promotion.control.PricingCart;
import org.emporium.promotion.control.PricingResult;
import org.emporium.promotion.control.PromotionEngine;
import org.emporium.promotion.control.Scope;
import org.emporium.promotion.control.StackingRules;
import org.emporium.promotion.control.Terms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the engine takes to price one cart of {@code lines} lines against {@code campaigns} live campaigns.
 *
 * <p>The shop the figures stand for (see {@link #shop}); each cart line a different product. The
 * campaigns are a mix as a promotion desk runs them (a fixed seed, so every run prices the same carts): item
 * discounts (percent, amount off, fixed price, second item half price) scoped to a category or brand in three
 * stacking groups of their own, spend tiers over categories, gifts, bundles and free shipping, a few of them
 * exclusive with a priority. The stacking rules let item groups combine with order-level tiers and with
 * delivery, so the search has real combinations to weigh, not one campaign each.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PromotionEngineBenchmark {

    @Param("50")
    public int lines;

    @Param("200")
    public int campaigns;

    /**
     * How wide the shop is: "narrow" has 40 categories and 25 brands, so nearly every campaign touches a 50-line
     * cart (the engine's worst case); "broad" has 400 categories and 250 brands, so a cart meets a few dozen.
     */
    @Param({"narrow", "broad"})
    public String shop;

    private PromotionEngine engine;
    private PricingCart cart;
    private List<Offer> offers;

    @Setup
    public void setUp() {
        Random random = new Random(20261205L);
        int categoriesInShop = "broad".equals(shop) ? 400 : 40;
        int brandsInShop = "broad".equals(shop) ? 250 : 25;
        StackingRules rules = StackingRules.excludingByDefault()
                .combine("item-a", "order")
                .combine("item-b", "order")
                .combine("item-c", "order")
                .combine("item-a", "shipping")
                .combine("item-b", "shipping")
                .combine("item-c", "shipping")
                .combine("order", "shipping")
                .combine("gift", "order")
                .combine("gift", "item-a")
                .combine("gift", "shipping")
                .combine("item-a", "item-b");
        engine = new PromotionEngine(rules);

        List<PricingCart.Line> cartLines = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            long category = 1 + random.nextInt(categoriesInShop);
            long parent = 100 + category / 8;
            cartLines.add(new PricingCart.Line(
                    "SKU-" + i,
                    1000 + i,
                    Set.of(category, parent),
                    (long) (1 + random.nextInt(brandsInShop)),
                    BigDecimal.valueOf(990 + random.nextInt(99_000), 2),
                    1 + random.nextInt(3)));
        }
        cart = new PricingCart(cartLines, Set.of("member"), "web", Instant.parse("2026-12-05T12:00:00Z"), new BigDecimal("10.00"));

        offers = new ArrayList<>();
        String[] itemGroups = {"item-a", "item-b", "item-c"};
        for (int id = 1; id <= campaigns; id++) {
            Scope scope = random.nextBoolean()
                    ? Scope.everything().categories((long) (1 + random.nextInt(categoriesInShop)))
                    : Scope.everything().brands((long) (1 + random.nextInt(brandsInShop)));
            int kind = random.nextInt(100);
            String group = itemGroups[random.nextInt(itemGroups.length)];
            boolean exclusive = random.nextInt(50) == 0;
            int priority = random.nextInt(10);
            Offer offer;
            if (kind < 25) {
                offer = new Offer(id, "percent " + id, CampaignType.PERCENT_OFF,
                        Terms.percentOff(BigDecimal.valueOf(5 + random.nextInt(30))), scope, group, exclusive, priority);
            } else if (kind < 40) {
                offer = new Offer(id, "amount " + id, CampaignType.AMOUNT_OFF,
                        Terms.amount(BigDecimal.valueOf(1 + random.nextInt(20))), scope, group, exclusive, priority);
            } else if (kind < 48) {
                offer = new Offer(id, "fixed " + id, CampaignType.FIXED_PRICE,
                        Terms.amount(BigDecimal.valueOf(50 + random.nextInt(400))), scope, group, exclusive, priority);
            } else if (kind < 58) {
                offer = new Offer(id, "nth " + id, CampaignType.NTH_ITEM_OFF,
                        Terms.nthItem(2, new BigDecimal("50")), scope, group, exclusive, priority);
            } else if (kind < 80) {
                int first = 100 + random.nextInt(200);
                offer = new Offer(id, "tiers " + id, CampaignType.SPEND_TIERS,
                        Terms.tiers(List.of(
                                new Terms.Tier(BigDecimal.valueOf(first), BigDecimal.valueOf(first / 10)),
                                new Terms.Tier(BigDecimal.valueOf(first * 2L), BigDecimal.valueOf(first / 4)))),
                        scope, "order", exclusive, priority);
            } else if (kind < 88) {
                offer = new Offer(id, "gift " + id, CampaignType.BUY_X_GET_Y,
                        Terms.gift(2, "GIFT-" + id, 1, BigDecimal.valueOf(5 + random.nextInt(30)), 1),
                        scope, "gift", exclusive, priority);
            } else if (kind < 94) {
                long a = 1000 + random.nextInt(lines);
                long b = 1000 + random.nextInt(lines);
                if (a == b) {
                    b = a == 1000 ? 1001 : a - 1;
                }
                offer = new Offer(id, "bundle " + id, CampaignType.BUNDLE,
                        Terms.amount(BigDecimal.valueOf(100 + random.nextInt(500))),
                        Scope.everything().products(a, b), group, exclusive, priority);
            } else {
                offer = new Offer(id, "shipping " + id, CampaignType.FREE_SHIPPING,
                        Terms.freeShippingFrom(BigDecimal.valueOf(random.nextInt(300))), scope, "shipping", exclusive,
                        priority);
            }
            offers.add(offer);
        }
        PricingResult once = engine.price(cart, offers);
        System.err.printf(
                "%n[%s shop] campaigns touching the cart: %d, applied: %d, search complete: %s%n",
                shop,
                offers.size() - once.excluded().stream()
                        .filter(x -> x.reason() == PricingResult.Reason.NO_ITEMS_IN_SCOPE)
                        .count(),
                once.applied().size(),
                once.searchComplete());
    }

    @Benchmark
    public PricingResult priceCart() {
        return engine.price(cart, offers);
    }
}
