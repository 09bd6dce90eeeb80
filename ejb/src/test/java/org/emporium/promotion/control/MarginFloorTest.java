package org.emporium.promotion.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarginFloorTest {

    private final MarginFloor floor = new MarginFloor(new BigDecimal("0.70"));

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static final List<MarginFloor.PricedSku> SKUS = List.of(
            new MarginFloor.PricedSku("CHEAP", 1, money("20.00")),
            new MarginFloor.PricedSku("DEAR", 2, money("200.00")));

    @Test
    void percent_off_below_the_floor_warns_for_every_sku_and_above_it_says_nothing() {
        assertThat(floor.check(CampaignType.PERCENT_OFF, Terms.percentOff(money("40")), SKUS))
                .containsExactly(new MarginFloor.Warning(null, new BigDecimal("0.6000")));
        assertThat(floor.check(CampaignType.PERCENT_OFF, Terms.percentOff(money("30")), SKUS))
                .isEmpty();
    }

    @Test
    void amount_off_warns_on_the_cheap_sku_and_a_fixed_or_flash_price_on_the_dear_one() {
        assertThat(floor.check(CampaignType.AMOUNT_OFF, Terms.amount(money("10")), SKUS))
                .extracting(MarginFloor.Warning::skuCode)
                .containsExactly("CHEAP");
        assertThat(floor.check(CampaignType.FLASH_SALE, Terms.flash(money("99.00"), 10, 1), SKUS))
                .containsExactly(new MarginFloor.Warning("DEAR", new BigDecimal("0.4950")));
    }

    @Test
    void spend_tiers_are_judged_at_the_threshold_of_their_deepest_tier() {
        assertThat(floor.check(CampaignType.SPEND_TIERS, Carts.tiers("200", "20", "400", "150"), SKUS))
                .containsExactly(new MarginFloor.Warning(null, new BigDecimal("0.6250")));
        assertThat(floor.check(CampaignType.SPEND_TIERS, Carts.tiers("200", "20", "400", "50"), SKUS))
                .isEmpty();
    }

    @Test
    void second_item_half_price_averages_over_the_pair_and_free_delivery_never_warns() {
        assertThat(floor.check(CampaignType.NTH_ITEM_OFF, Terms.nthItem(2, money("50")), SKUS))
                .isEmpty();
        assertThat(floor.check(CampaignType.NTH_ITEM_OFF, Terms.nthItem(2, money("80")), SKUS))
                .containsExactly(new MarginFloor.Warning(null, new BigDecimal("0.6000")));
        assertThat(floor.check(CampaignType.FREE_SHIPPING, Terms.freeShippingFrom(null), SKUS))
                .isEmpty();
    }

    @Test
    void a_bundle_is_set_against_one_of_each_product_at_its_cheapest() {
        assertThat(floor.check(CampaignType.BUNDLE, Terms.amount(money("110.00")), SKUS))
                .containsExactly(new MarginFloor.Warning(null, new BigDecimal("0.5000")));
    }

    private static final List<MarginFloor.PricedSku> COSTED = List.of(
            new MarginFloor.PricedSku("CHEAP", 1, money("20.00"), money("15.00")),
            new MarginFloor.PricedSku("DEAR", 2, money("200.00"), money("80.00")));

    @Test
    void with_a_cost_price_the_discounted_price_is_set_against_the_cost_not_the_share_of_the_price() {
        // 40% off: 60% of the price is under the 70% floor, but only CHEAP (12.00) sells below its cost (15.00)
        assertThat(floor.check(CampaignType.PERCENT_OFF, Terms.percentOff(money("40")), COSTED))
                .containsExactly(new MarginFloor.Warning(
                        "CHEAP", new BigDecimal("0.6000"), new BigDecimal("12.00"), money("15.00")));
        // 20% off keeps both above the floor share, yet CHEAP at 16.00 is still above its cost: no warning
        assertThat(floor.check(CampaignType.PERCENT_OFF, Terms.percentOff(money("20")), COSTED))
                .isEmpty();
    }

    @Test
    void a_deep_discount_on_a_low_cost_sku_passes_where_the_share_rule_would_have_warned() {
        assertThat(floor.check(CampaignType.FLASH_SALE, Terms.flash(money("99.00"), 10, 1), COSTED))
                .as("99.00 is 49.5% of DEAR's price, yet above its cost of 80.00")
                .isEmpty();
        assertThat(floor.check(CampaignType.AMOUNT_OFF, Terms.amount(money("6")), COSTED))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.skuCode()).isEqualTo("CHEAP");
                    assertThat(w.againstCost()).isTrue();
                    assertThat(w.paid()).isEqualByComparingTo("14.00");
                    assertThat(w.cost()).isEqualByComparingTo("15.00");
                });
    }

    @Test
    void skus_without_a_cost_fall_back_to_the_share_rule_and_say_so() {
        List<MarginFloor.PricedSku> mixed = List.of(
                new MarginFloor.PricedSku("CHEAP", 1, money("20.00"), money("15.00")),
                new MarginFloor.PricedSku("DEAR", 2, money("200.00")));

        assertThat(floor.check(CampaignType.PERCENT_OFF, Terms.percentOff(money("40")), mixed))
                .containsExactly(
                        new MarginFloor.Warning(null, new BigDecimal("0.6000")),
                        new MarginFloor.Warning(
                                "CHEAP", new BigDecimal("0.6000"), new BigDecimal("12.00"), money("15.00")));
        assertThat(floor.check(CampaignType.FLASH_SALE, Terms.flash(money("99.00"), 10, 1), mixed))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.skuCode()).isEqualTo("DEAR");
                    assertThat(w.againstCost()).isFalse();
                    assertThat(w.share()).isEqualByComparingTo("0.4950");
                });
    }

    @Test
    void a_bundle_is_set_against_the_sum_of_its_cheapest_costs_when_all_are_known() {
        assertThat(floor.check(CampaignType.BUNDLE, Terms.amount(money("110.00")), COSTED))
                .as("110.00 for goods costing 95.00")
                .isEmpty();
        assertThat(floor.check(CampaignType.BUNDLE, Terms.amount(money("90.00")), COSTED))
                .containsExactly(
                        new MarginFloor.Warning(null, new BigDecimal("0.4090"), money("90.00"), money("95.00")));
    }
}
