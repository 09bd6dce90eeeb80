package org.emporium.promotion.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PromotionEnginePropertiesTest {

    private static final StackingRules RULES =
            StackingRules.excludingByDefault().combine("a", "b").combine("b", "c");

    private final PromotionEngine engine = new PromotionEngine(RULES);

    @Property(tries = 400)
    void discounts_never_exceed_what_they_reduce_and_the_lines_add_up(
            @ForAll("carts") PricingCart cart, @ForAll("offers") List<Offer> offers) {
        PricingResult r = engine.price(cart, offers);

        BigDecimal sumOfShares = BigDecimal.ZERO;
        for (PricingResult.LineResult line : r.lines()) {
            assertThat(line.discount()).isBetween(BigDecimal.ZERO, line.amount());
            line.shares().forEach(s -> assertThat(s.amount().signum()).isPositive());
            sumOfShares = sumOfShares.add(line.discount());
        }
        assertThat(sumOfShares).isEqualByComparingTo(r.itemsDiscount());
        assertThat(r.applied().stream()
                        .map(PricingResult.Applied::itemsDiscount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(r.itemsDiscount());
        assertThat(r.shippingDiscount()).isBetween(BigDecimal.ZERO, cart.shippingFee());
        assertThat(r.payable().signum()).isNotNegative();
        assertThat(r.totalDiscount().scale()).isEqualTo(2);
        assertThat(r.applied().size() + r.excluded().size()).isEqualTo(offers.size());
    }

    @Property(tries = 300)
    void the_chosen_combination_gives_at_least_what_each_campaign_gives_alone(
            @ForAll("carts") PricingCart cart, @ForAll("offers") List<Offer> offers) {
        BigDecimal best = engine.price(cart, offers).benefit();

        for (Offer offer : offers) {
            assertThat(best)
                    .isGreaterThanOrEqualTo(engine.price(cart, List.of(offer)).benefit());
        }
    }

    @Property(tries = 300)
    void one_more_live_campaign_never_leaves_the_shopper_worse_off(
            @ForAll("carts") PricingCart cart, @ForAll("offers") List<Offer> offers, @ForAll("offer") Offer extra) {
        Offer added = new Offer(
                999,
                extra.name(),
                extra.type(),
                extra.terms(),
                extra.scope(),
                extra.stackingGroup(),
                extra.exclusive(),
                extra.priority());
        List<Offer> more = new ArrayList<>(offers);
        more.add(added);

        assertThat(engine.price(cart, more).benefit())
                .isGreaterThanOrEqualTo(engine.price(cart, offers).benefit());
    }

    @Property(tries = 200)
    void the_order_campaigns_are_given_in_does_not_change_the_result(
            @ForAll("carts") PricingCart cart, @ForAll("offers") List<Offer> offers, @ForAll long seed) {
        PricingResult first = engine.price(cart, offers);
        List<Offer> shuffled = new ArrayList<>(offers);
        Collections.shuffle(shuffled, new Random(seed));
        PricingResult again = engine.price(cart, shuffled);

        assertThat(again.lines()).isEqualTo(first.lines());
        assertThat(again.applied()).isEqualTo(first.applied());
        assertThat(again.excluded()).isEqualTo(first.excluded());
    }

    @Property(tries = 300)
    void an_allocation_adds_up_exactly_and_no_share_exceeds_its_weight(
            @ForAll("weights") List<BigDecimal> weights, @ForAll @IntRange(min = 0, max = 100) int percent) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal amount = Money2.percentOf(sum, BigDecimal.valueOf(percent));

        BigDecimal[] shares = Allocation.split(amount, weights.toArray(BigDecimal[]::new));

        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < shares.length; i++) {
            assertThat(shares[i]).isBetween(BigDecimal.ZERO, weights.get(i));
            total = total.add(shares[i]);
        }
        assertThat(total).isEqualByComparingTo(amount);
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        return cents(1, 100_000).list().ofMinSize(1).ofMaxSize(12);
    }

    private static Arbitrary<BigDecimal> cents(int min, int max) {
        return Arbitraries.integers().between(min, max).map(c -> BigDecimal.valueOf(c, 2));
    }

    @Provide
    Arbitrary<PricingCart> carts() {
        Arbitrary<PricingCart.Line> line = Combinators.combine(
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.longs().between(1, 3),
                        Arbitraries.longs().between(1, 3),
                        cents(0, 60_000),
                        Arbitraries.integers().between(1, 5))
                .as((product, category, brand, price, qty) -> new PricingCart.Line(
                        "P" + product + "-" + price.toPlainString(), product, Set.of(category), brand, price, qty));
        return Combinators.combine(
                        line.list().ofMinSize(1).ofMaxSize(6).uniqueElements(PricingCart.Line::skuCode),
                        Arbitraries.of("web", "app"),
                        Arbitraries.of(Set.<String>of(), Set.of("vip")),
                        cents(0, 2_500))
                .as((lines, channel, groups, fee) -> new PricingCart(lines, groups, channel, Carts.NOW, fee));
    }

    @Provide
    Arbitrary<List<Offer>> offers() {
        return offer().list().ofMaxSize(6).map(list -> {
            List<Offer> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Offer o = list.get(i);
                numbered.add(new Offer(
                        i + 1,
                        o.name(),
                        o.type(),
                        o.terms(),
                        o.scope(),
                        o.stackingGroup(),
                        o.exclusive(),
                        o.priority()));
            }
            return numbered;
        });
    }

    @Provide
    Arbitrary<Offer> offer() {
        Arbitrary<Scope> scope = Combinators.combine(
                        Arbitraries.of(Set.<Long>of(), Set.of(1L), Set.of(1L, 2L), Set.of(2L, 3L)),
                        Arbitraries.of(Set.<Long>of(), Set.of(1L), Set.of(2L)),
                        Arbitraries.of(Set.<String>of(), Set.of("vip")),
                        Arbitraries.of(Set.<String>of(), Set.of("app")))
                .as((products, categories, groups, channels) ->
                        new Scope(products, categories, Set.of(), groups, channels, null, null));
        Arbitrary<CampaignType> type = Arbitraries.of(CampaignType.class);
        return Combinators.combine(
                        type,
                        scope,
                        Arbitraries.of("a", "b", "c"),
                        Arbitraries.of(false, false, false, true),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(1, 100),
                        cents(1, 50_000),
                        Arbitraries.integers().between(1, 4))
                .as((t, s, group, exclusive, priority, percent, amount, n) -> {
                    Scope fitted = t == CampaignType.BUNDLE && s.productIds().size() < 2
                            ? new Scope(Set.of(1L, 2L), Set.of(), Set.of(), s.shopperGroups(), s.channels(), null, null)
                            : s;
                    return new Offer(0, null, t, terms(t, percent, amount, n), fitted, group, exclusive, priority);
                });
    }

    private static Terms terms(CampaignType type, int percent, BigDecimal amount, int n) {
        return switch (type) {
            case SPEND_TIERS ->
                n % 2 == 0
                        ? Terms.everyFull(
                                amount,
                                Money2.percentOf(amount, BigDecimal.valueOf(percent))
                                        .max(new BigDecimal("0.01")))
                        : Terms.tiers(List.of(
                                new Terms.Tier(
                                        amount,
                                        Money2.percentOf(amount, BigDecimal.valueOf(percent))
                                                .max(new BigDecimal("0.01"))),
                                new Terms.Tier(amount.multiply(BigDecimal.valueOf(2)), amount)));
            case PERCENT_OFF -> Terms.percentOff(BigDecimal.valueOf(percent));
            case AMOUNT_OFF, FIXED_PRICE, BUNDLE ->
                Terms.amount(amount.divide(BigDecimal.TEN, 2, java.math.RoundingMode.DOWN)
                        .max(new BigDecimal("0.01")));
            case BUY_X_GET_Y ->
                Terms.gift(n, "GIFT", 1, amount.divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN), n);
            case NTH_ITEM_OFF -> Terms.nthItem(n + 1, BigDecimal.valueOf(percent));
            case FREE_SHIPPING -> Terms.freeShippingFrom(n % 2 == 0 ? null : amount);
            case FLASH_SALE ->
                Terms.flash(
                        amount.divide(BigDecimal.TEN, 2, java.math.RoundingMode.DOWN),
                        n % 3,
                        n % 2 == 0 ? null : n - 1);
        };
    }
}
