package org.emporium.promotion.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emporium.promotion.control.Carts.NOW;
import static org.emporium.promotion.control.Carts.cart;
import static org.emporium.promotion.control.Carts.exclusive;
import static org.emporium.promotion.control.Carts.money;
import static org.emporium.promotion.control.Carts.offer;
import static org.emporium.promotion.control.Carts.priority;
import static org.emporium.promotion.control.Carts.tiers;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.emporium.promotion.control.PricingResult.Excluded;
import org.emporium.promotion.control.PricingResult.Reason;
import org.junit.jupiter.api.Test;

class PromotionEngineTest {

    private final PromotionEngine engine = new PromotionEngine(StackingRules.excludingByDefault()
            .combine("item", "order")
            .combine("item", "shipping")
            .combine("order", "shipping"));

    private static Excluded excluded(PricingResult r, long id) {
        return r.excluded().stream()
                .filter(e -> e.offer().id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static List<Long> applied(PricingResult r) {
        return r.applied().stream().map(a -> a.offer().id()).toList();
    }

    @Test
    void spend_200_get_20_off_and_400_get_50_off_takes_the_highest_tier_reached() {
        Offer manjian = offer(1, CampaignType.SPEND_TIERS, tiers("200", "20", "400", "50"), "order");

        PricingResult r = engine.price(cart().line("A", 1, "150.00", 3).build(), List.of(manjian));

        assertThat(r.itemsDiscount()).isEqualByComparingTo("50.00");
        assertThat(r.applied().get(0).tierReached()).isEqualByComparingTo("400");
        assertThat(r.payable()).isEqualByComparingTo("410.00"); // 450 - 50 + 10 delivery
    }

    @Test
    void a_cart_below_the_lowest_tier_is_told_how_much_more_to_spend() {
        Offer manjian = offer(1, CampaignType.SPEND_TIERS, tiers("200", "20"), "order");

        PricingResult r = engine.price(cart().line("A", 1, "188.00", 1).build(), List.of(manjian));

        assertThat(r.totalDiscount()).isZero();
        assertThat(excluded(r, 1).reason()).isEqualTo(Reason.THRESHOLD_NOT_MET);
        assertThat(excluded(r, 1).missing()).isEqualByComparingTo("12.00");
    }

    @Test
    void every_full_200_gives_20_again() {
        Offer meiman = offer(1, CampaignType.SPEND_TIERS, Terms.everyFull(money("200"), money("20")), "order");

        PricingResult r = engine.price(cart().line("A", 1, "100.00", 7).build(), List.of(meiman));

        assertThat(r.itemsDiscount()).isEqualByComparingTo("60.00");
    }

    @Test
    void the_spend_tier_counts_only_items_in_its_scope() {
        Offer shoes = offer(
                1,
                CampaignType.SPEND_TIERS,
                tiers("200", "30"),
                Scope.everything().categories(7L),
                "order");
        PricingCart cart = cart().line("SHOE", 1, 7, 1, "150.00", 1)
                .line("HAT", 2, 8, 1, "300.00", 1)
                .build();

        PricingResult r = engine.price(cart, List.of(shoes));

        assertThat(r.totalDiscount()).isZero();
        assertThat(excluded(r, 1).missing()).isEqualByComparingTo("50.00");
    }

    @Test
    void a_tier_discount_is_shared_over_its_lines_in_proportion_and_adds_up_to_the_fen() {
        Offer manjian = offer(1, CampaignType.SPEND_TIERS, tiers("100", "10"), "order");
        PricingCart cart = cart().line("A", 1, "33.33", 1)
                .line("B", 2, "33.33", 1)
                .line("C", 3, "33.34", 1)
                .build();

        PricingResult r = engine.price(cart, List.of(manjian));

        List<BigDecimal> shares =
                r.lines().stream().map(PricingResult.LineResult::discount).toList();
        assertThat(shares).extracting(BigDecimal::toPlainString).containsExactly("3.33", "3.33", "3.34");
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("10.00");
    }

    @Test
    void a_reduction_larger_than_the_items_takes_them_to_zero_and_no_further() {
        Offer big = offer(1, CampaignType.SPEND_TIERS, tiers("0", "500"), "order");

        PricingResult r = engine.price(cart().line("A", 1, "19.90", 2).build(), List.of(big));

        assertThat(r.itemsDiscount()).isEqualByComparingTo("39.80");
        assertThat(r.lines().get(0).net()).isEqualByComparingTo("0.00");
    }

    @Test
    void percent_off_is_rounded_down_to_the_fen() {
        Offer off = offer(1, CampaignType.PERCENT_OFF, Terms.percentOff(money("15")), "item");

        PricingResult r = engine.price(cart().line("A", 1, "9.99", 1).build(), List.of(off));

        assertThat(r.itemsDiscount()).isEqualByComparingTo("1.49"); // 1.4985
    }

    @Test
    void amount_off_each_unit_never_takes_a_unit_below_zero() {
        Offer off = offer(1, CampaignType.AMOUNT_OFF, Terms.amount(money("5")), "item");

        PricingResult r = engine.price(
                cart().line("A", 1, "20.00", 3).line("B", 2, "3.00", 2).build(), List.of(off));

        assertThat(r.lines().get(0).discount()).isEqualByComparingTo("15.00");
        assertThat(r.lines().get(1).discount()).isEqualByComparingTo("6.00");
    }

    @Test
    void a_flash_sale_sells_at_its_price_only_as_many_units_as_are_left_for_the_shopper() {
        // 3 left in stock, this shopper may buy 2 more: of 4 units in the cart, 2 at the flash price
        Offer flash = offer(
                1, CampaignType.FLASH_SALE, Terms.flash(money("9.90"), 10, 5).withLeft(3, 2), "item");

        PricingResult r = engine.price(
                cart().line("A", 1, "49.90", 1).line("B", 1, "59.90", 3).build(), List.of(flash));

        assertThat(r.lines().get(0).discount()).isEqualByComparingTo("40.00");
        assertThat(r.lines().get(1).discount()).as("one of three units").isEqualByComparingTo("50.00");
        assertThat(r.itemsDiscount()).isEqualByComparingTo("90.00");
    }

    @Test
    void a_sold_out_flash_sale_and_one_whose_shopper_limit_is_reached_say_so() {
        Offer soldOut = offer(
                1, CampaignType.FLASH_SALE, Terms.flash(money("9.90"), 10, null).withLeft(0, 5), "item");
        Offer limit = offer(
                2, CampaignType.FLASH_SALE, Terms.flash(money("9.90"), 10, 1).withLeft(4, 0), "item");

        PricingResult r = engine.price(cart().line("A", 1, "49.90", 1).build(), List.of(soldOut, limit));

        assertThat(r.applied()).isEmpty();
        assertThat(excluded(r, 1).reason()).isEqualTo(Reason.SOLD_OUT);
        assertThat(excluded(r, 2).reason()).isEqualTo(Reason.LIMIT_REACHED);
    }

    @Test
    void fixed_price_lowers_dearer_items_to_the_price_and_leaves_cheaper_ones() {
        Offer ninetyNine = offer(1, CampaignType.FIXED_PRICE, Terms.amount(money("99")), "item");

        PricingResult r = engine.price(
                cart().line("A", 1, "129.00", 2).line("B", 2, "59.00", 1).build(), List.of(ninetyNine));

        assertThat(r.lines().get(0).discount()).isEqualByComparingTo("60.00");
        assertThat(r.lines().get(1).discount()).isZero();
        assertThat(r.applied().get(0).skuCodes()).containsExactly("A");
    }

    @Test
    void second_item_half_price_halves_every_second_unit_of_a_sku() {
        Offer half = offer(1, CampaignType.NTH_ITEM_OFF, Terms.nthItem(2, money("50")), "item");

        PricingResult r = engine.price(
                cart().line("A", 1, "80.00", 3).line("B", 2, "50.00", 1).build(), List.of(half));

        assertThat(r.lines().get(0).discount()).isEqualByComparingTo("40.00");
        assertThat(r.lines().get(1).discount()).isZero();
    }

    @Test
    void one_unit_of_a_sku_is_told_one_more_makes_the_second_half_price() {
        Offer half = offer(1, CampaignType.NTH_ITEM_OFF, Terms.nthItem(2, money("50")), "item");

        PricingResult r = engine.price(cart().line("A", 1, "80.00", 1).build(), List.of(half));

        assertThat(excluded(r, 1).reason()).isEqualTo(Reason.THRESHOLD_NOT_MET);
        assertThat(excluded(r, 1).missing()).isEqualByComparingTo("1");
    }

    @Test
    void buy_two_get_a_gift_adds_a_zero_amount_gift_line_per_two_bought_up_to_the_limit() {
        Offer gift = offer(1, CampaignType.BUY_X_GET_Y, Terms.gift(2, "TOTE", 1, money("25.00"), 2), "gift");

        PricingResult r = engine.price(cart().line("A", 1, "60.00", 5).build(), List.of(gift));

        assertThat(r.gifts()).singleElement().satisfies(g -> {
            assertThat(g.skuCode()).isEqualTo("TOTE");
            assertThat(g.quantity()).isEqualTo(2);
        });
        assertThat(r.totalDiscount()).isZero();
        assertThat(r.payable()).isEqualByComparingTo("310.00");
        assertThat(r.benefit()).isEqualByComparingTo("50.00");
    }

    @Test
    void a_bundle_sells_one_of_each_product_at_the_bundle_price() {
        Offer bundle = offer(
                1,
                CampaignType.BUNDLE,
                Terms.amount(money("150")),
                Scope.everything().products(1L, 2L),
                "item");
        PricingCart cart =
                cart().line("SHIRT", 1, "120.00", 2).line("TIE", 2, "60.00", 1).build();

        PricingResult r = engine.price(cart, List.of(bundle));

        assertThat(r.itemsDiscount()).isEqualByComparingTo("30.00"); // one bundle: 180 -> 150
        assertThat(r.lines().get(0).discount()).isEqualByComparingTo("20.00");
        assertThat(r.lines().get(1).discount()).isEqualByComparingTo("10.00");
    }

    @Test
    void a_bundle_missing_one_of_its_products_does_not_apply() {
        Offer bundle = offer(
                1,
                CampaignType.BUNDLE,
                Terms.amount(money("150")),
                Scope.everything().products(1L, 2L),
                "item");

        PricingResult r = engine.price(cart().line("SHIRT", 1, "120.00", 2).build(), List.of(bundle));

        assertThat(excluded(r, 1).reason()).isEqualTo(Reason.THRESHOLD_NOT_MET);
    }

    @Test
    void free_shipping_from_99_waives_the_fee_as_a_delivery_discount() {
        Offer free = offer(1, CampaignType.FREE_SHIPPING, Terms.freeShippingFrom(money("99")), "shipping");

        PricingResult r =
                engine.price(cart().line("A", 1, "100.00", 1).shipping("12.00").build(), List.of(free));

        assertThat(r.shippingDiscount()).isEqualByComparingTo("12.00");
        assertThat(r.itemsDiscount()).isZero();
        assertThat(r.payable()).isEqualByComparingTo("100.00");
    }

    @Test
    void free_shipping_counts_the_items_after_their_discounts() {
        Offer off = offer(1, CampaignType.PERCENT_OFF, Terms.percentOff(money("10")), "item");
        Offer free = offer(2, CampaignType.FREE_SHIPPING, Terms.freeShippingFrom(money("99")), "shipping");

        PricingResult r = engine.price(cart().line("A", 1, "100.00", 1).build(), List.of(off, free));

        assertThat(applied(r)).containsExactly(1L);
        assertThat(excluded(r, 2).reason()).isEqualTo(Reason.THRESHOLD_NOT_MET);
        assertThat(excluded(r, 2).missing()).isEqualByComparingTo("9.00");
    }

    @Test
    void item_discounts_act_before_the_spend_tier_which_counts_what_is_left() {
        Offer off = offer(1, CampaignType.PERCENT_OFF, Terms.percentOff(money("10")), "item");
        Offer manjian = offer(2, CampaignType.SPEND_TIERS, tiers("200", "20"), "order");

        PricingResult r = engine.price(cart().line("A", 1, "250.00", 1).build(), List.of(manjian, off));

        assertThat(applied(r)).containsExactly(1L, 2L);
        assertThat(r.itemsDiscount()).isEqualByComparingTo("45.00"); // 25 then 20 on 225
    }

    @Test
    void when_the_item_discount_would_drop_the_cart_below_the_tier_the_better_of_the_two_is_chosen() {
        Offer off = offer(1, CampaignType.PERCENT_OFF, Terms.percentOff(money("5")), "item");
        Offer manjian = offer(2, CampaignType.SPEND_TIERS, tiers("200", "30"), "order");

        PricingResult r = engine.price(cart().line("A", 1, "205.00", 1).build(), List.of(off, manjian));

        assertThat(applied(r)).containsExactly(2L);
        assertThat(r.itemsDiscount()).isEqualByComparingTo("30.00");
        assertThat(excluded(r, 1).reason()).isEqualTo(Reason.LOWER_TOTAL);
    }

    @Test
    void two_campaigns_of_one_group_on_the_same_items_are_alternatives_and_the_better_one_wins() {
        Offer ten = offer(1, CampaignType.PERCENT_OFF, Terms.percentOff(money("10")), "item");
        Offer twenty = offer(2, CampaignType.PERCENT_OFF, Terms.percentOff(money("20")), "item");

        PricingResult r = engine.price(cart().line("A", 1, "100.00", 1).build(), List.of(ten, twenty));

        assertThat(applied(r)).containsExactly(2L);
        assertThat(excluded(r, 1).reason()).isEqualTo(Reason.SAME_GROUP);
        assertThat(excluded(r, 1).because()).isEqualTo(2L);
    }

    @Test
    void two_campaigns_of_one_group_on_different_items_both_apply() {
        Offer shoes = offer(
                1,
                CampaignType.PERCENT_OFF,
                Terms.percentOff(money("10")),
                Scope.everything().products(1L),
                "item");
        Offer hats = offer(
                2,
                CampaignType.PERCENT_OFF,
                Terms.percentOff(money("20")),
                Scope.everything().products(2L),
                "item");

        PricingResult r = engine.price(
                cart().line("S", 1, "100.00", 1).line("H", 2, "50.00", 1).build(), List.of(shoes, hats));

        assertThat(applied(r)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(r.itemsDiscount()).isEqualByComparingTo("20.00");
    }

    @Test
    void groups_the_rules_do_not_combine_exclude_each_other() {
        Offer off = offer(1, CampaignType.PERCENT_OFF, Terms.percentOff(money("10")), "item");
        Offer member = offer(2, CampaignType.AMOUNT_OFF, Terms.amount(money("3")), "member");

        PricingResult r = engine.price(cart().line("A", 1, "100.00", 1).build(), List.of(off, member));

        assertThat(applied(r)).containsExactly(1L);
        assertThat(excluded(r, 2).reason()).isEqualTo(Reason.GROUPS_EXCLUDED);
        assertThat(excluded(r, 2).because()).isEqualTo(1L);
    }

    @Test
    void an_explicit_exclusion_wins_over_a_default_of_combining() {
        StackingRules rules = StackingRules.combiningByDefault().exclude("item", "member");
        Offer off = offer(1, CampaignType.PERCENT_OFF, Terms.percentOff(money("10")), "item");
        Offer member = offer(2, CampaignType.AMOUNT_OFF, Terms.amount(money("3")), "member");
        Offer free = offer(3, CampaignType.FREE_SHIPPING, Terms.freeShippingFrom(null), "shipping");

        PricingResult r = new PromotionEngine(rules)
                .price(cart().line("A", 1, "100.00", 1).build(), List.of(off, member, free));

        assertThat(applied(r)).containsExactly(1L, 3L);
    }

    @Test
    void an_exclusive_campaign_applies_alone_when_it_gives_more_than_any_combination() {
        Offer off = offer(1, CampaignType.PERCENT_OFF, Terms.percentOff(money("10")), "item");
        Offer free = offer(2, CampaignType.FREE_SHIPPING, Terms.freeShippingFrom(null), "shipping");
        Offer flash = exclusive(offer(3, CampaignType.FIXED_PRICE, Terms.amount(money("50")), "flash"), 5);

        PricingResult r = engine.price(cart().line("A", 1, "100.00", 1).build(), List.of(off, free, flash));

        assertThat(applied(r)).containsExactly(3L);
        assertThat(excluded(r, 1).reason()).isEqualTo(Reason.EXCLUSIVE);
        assertThat(excluded(r, 2).because()).isEqualTo(3L);
    }

    @Test
    void an_exclusive_campaign_that_gives_less_than_the_others_together_gives_way() {
        Offer off = offer(1, CampaignType.PERCENT_OFF, Terms.percentOff(money("10")), "item");
        Offer free = offer(2, CampaignType.FREE_SHIPPING, Terms.freeShippingFrom(null), "shipping");
        Offer flash = exclusive(offer(3, CampaignType.AMOUNT_OFF, Terms.amount(money("15")), "flash"), 5);

        PricingResult r = engine.price(cart().line("A", 1, "100.00", 1).build(), List.of(off, free, flash));

        assertThat(applied(r)).containsExactly(1L, 2L);
        assertThat(excluded(r, 3).reason()).isEqualTo(Reason.EXCLUSIVE);
    }

    @Test
    void of_two_exclusive_campaigns_giving_the_same_the_higher_priority_wins() {
        Offer low = exclusive(offer(1, CampaignType.AMOUNT_OFF, Terms.amount(money("10")), "a"), 1);
        Offer high = exclusive(offer(2, CampaignType.AMOUNT_OFF, Terms.amount(money("10")), "b"), 9);

        PricingResult r = engine.price(cart().line("A", 1, "100.00", 1).build(), List.of(low, high));

        assertThat(applied(r)).containsExactly(2L);
    }

    @Test
    void a_higher_priority_percent_discount_acts_first_within_its_phase() {
        StackingRules rules = StackingRules.combiningByDefault();
        Offer fixed = priority(offer(1, CampaignType.AMOUNT_OFF, Terms.amount(money("10")), "a"), 1);
        Offer percent = priority(offer(2, CampaignType.PERCENT_OFF, Terms.percentOff(money("50")), "b"), 9);

        PricingResult r = new PromotionEngine(rules)
                .price(cart().line("A", 1, "100.00", 1).build(), List.of(fixed, percent));

        assertThat(applied(r)).containsExactly(2L, 1L);
        assertThat(r.itemsDiscount()).isEqualByComparingTo("60.00"); // 50 off 100, then 10
    }

    @Test
    void campaigns_outside_their_window_channel_or_shopper_group_are_explained() {
        Scope later = Scope.everything().between(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2)));
        Scope over = Scope.everything().between(NOW.minus(Duration.ofDays(2)), NOW);
        Offer notYet = offer(1, CampaignType.PERCENT_OFF, Terms.percentOff(money("10")), later, "a");
        Offer ended = offer(2, CampaignType.PERCENT_OFF, Terms.percentOff(money("10")), over, "b");
        Offer app = offer(
                3,
                CampaignType.PERCENT_OFF,
                Terms.percentOff(money("10")),
                Scope.everything().channels("app"),
                "c");
        Offer vip = offer(
                4,
                CampaignType.PERCENT_OFF,
                Terms.percentOff(money("10")),
                Scope.everything().shopperGroups("vip"),
                "d");
        Offer shoes = offer(
                5,
                CampaignType.PERCENT_OFF,
                Terms.percentOff(money("10")),
                Scope.everything().brands(42L),
                "e");

        PricingResult r = engine.price(
                cart().line("A", 1, "100.00", 1).shopper("new").build(), List.of(notYet, ended, app, vip, shoes));

        assertThat(r.applied()).isEmpty();
        assertThat(r.excluded())
                .extracting(Excluded::reason)
                .containsExactly(
                        Reason.NOT_STARTED,
                        Reason.ENDED,
                        Reason.OTHER_CHANNEL,
                        Reason.NOT_FOR_SHOPPER,
                        Reason.NO_ITEMS_IN_SCOPE);
    }

    @Test
    void a_campaign_for_vip_shoppers_on_the_app_applies_to_a_vip_on_the_app() {
        Offer vip = offer(
                1,
                CampaignType.PERCENT_OFF,
                Terms.percentOff(money("10")),
                Scope.everything().shopperGroups("vip").channels("app"),
                "a");

        PricingResult r = engine.price(
                cart().line("A", 1, "100.00", 1)
                        .shopper("vip", "new")
                        .channel("app")
                        .build(),
                List.of(vip));

        assertThat(r.itemsDiscount()).isEqualByComparingTo("10.00");
    }

    @Test
    void a_campaign_whose_budget_is_spent_is_left_out_and_says_so() {
        Offer off = offer(1, CampaignType.PERCENT_OFF, Terms.percentOff(money("10")), "item");

        PricingResult r = engine.price(cart().line("A", 1, "100.00", 1).build(), List.of(off), Set.of(1L));

        assertThat(r.totalDiscount()).isZero();
        assertThat(excluded(r, 1).reason()).isEqualTo(Reason.BUDGET_EXHAUSTED);
    }

    @Test
    void the_same_cart_and_campaigns_in_any_order_give_the_same_result() {
        List<Offer> offers = new ArrayList<>(List.of(
                offer(1, CampaignType.PERCENT_OFF, Terms.percentOff(money("10")), "item"),
                offer(2, CampaignType.AMOUNT_OFF, Terms.amount(money("10")), "item"),
                offer(3, CampaignType.SPEND_TIERS, tiers("100", "10"), "order"),
                offer(4, CampaignType.SPEND_TIERS, tiers("100", "10"), "order"),
                offer(5, CampaignType.FREE_SHIPPING, Terms.freeShippingFrom(null), "shipping")));
        PricingCart cart =
                cart().line("A", 1, "100.00", 1).line("B", 2, "50.00", 2).build();
        PricingResult first = engine.price(cart, offers);

        for (int i = 0; i < 5; i++) {
            Collections.shuffle(offers, new java.util.Random(i));
            PricingResult again = engine.price(cart, offers);
            assertThat(applied(again)).isEqualTo(applied(first));
            assertThat(again.lines()).isEqualTo(first.lines());
        }
        assertThat(applied(first)).containsExactly(2L, 3L, 5L); // ties: the lower id
    }

    @Test
    void a_search_cut_short_keeps_the_best_found_and_says_so() {
        List<Offer> offers = new ArrayList<>();
        for (long i = 1; i <= 12; i++) {
            offers.add(offer(
                    i,
                    CampaignType.AMOUNT_OFF,
                    Terms.amount(money("1")),
                    Scope.everything().products(i),
                    "g" + i));
        }
        PricingCart.Line[] lines = new PricingCart.Line[12];
        Carts c = cart();
        for (long i = 1; i <= 12; i++) {
            c.line("S" + i, i, "10.00", 1);
        }

        PricingResult r = new PromotionEngine(StackingRules.combiningByDefault(), 5).price(c.build(), offers);

        assertThat(r.searchComplete()).isFalse();
        assertThat(r.applied()).hasSize(4);
        assertThat(new PromotionEngine(StackingRules.combiningByDefault())
                        .price(c.build(), offers)
                        .applied())
                .hasSize(12);
    }

    @Test
    void terms_that_make_no_campaign_are_refused() {
        assertThatThrownBy(() -> offer(1, CampaignType.PERCENT_OFF, Terms.percentOff(money("120")), "a"))
                .hasMessageContaining("percentage");
        assertThatThrownBy(() -> offer(
                        1,
                        CampaignType.BUNDLE,
                        Terms.amount(money("10")),
                        Scope.everything().products(1L),
                        "a"))
                .hasMessageContaining("two or more products");
        assertThatThrownBy(() -> offer(1, CampaignType.SPEND_TIERS, Terms.tiers(List.of()), "a"))
                .hasMessageContaining("tier");
        assertThatThrownBy(() -> offer(1, CampaignType.BUY_X_GET_Y, Terms.gift(0, "G", 1, money("1"), 0), "a"))
                .hasMessageContaining("quantity to buy");
    }
}
