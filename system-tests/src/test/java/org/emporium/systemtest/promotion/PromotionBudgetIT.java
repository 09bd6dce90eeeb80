package org.emporium.systemtest.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.catalog.entity.Product;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.AmountKind;
import org.emporium.order.entity.AmountLine;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.promotion.boundary.CampaignDesk;
import org.emporium.promotion.boundary.CampaignDraft;
import org.emporium.promotion.boundary.PriceRequest;
import org.emporium.promotion.boundary.PromotionQuote;
import org.emporium.promotion.boundary.Promotions;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.CampaignStatus;
import org.emporium.systemtest.Concurrently;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.emporium.systemtest.order.OrderFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Campaigns on placed orders, on PostgreSQL: the order keeps what each campaign took off as PROMOTION amount
 * lines, and a campaign's budget (uses, uses per shopper, total discount) holds exactly under many concurrent
 * checkouts. Each test puts a product of its own on sale and scopes its campaign to it, so no other test's
 * orders are touched.
 */
@ExtendWith(ArquillianExtension.class)
class PromotionBudgetIT {

    static final DeliveryAddress HOME =
            new DeliveryAddress("王小明", "13800138000", "上海市", "上海市", "浦东新区", "世纪大道 100 号", "200120");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                PromotionBudgetIT.class,
                OrderFixture.class,
                AsWarehouseClerk.class,
                AsPromotionManager.class,
                AsPromotionApprover.class);
    }

    @Inject
    Orders orders;

    @Inject
    Promotions promotions;

    @Inject
    CampaignDesk desk;

    @Inject
    OrderFixture fixture;

    @Inject
    AsWarehouseClerk clerk;

    @Inject
    AsPromotionManager manager;

    @Inject
    AsPromotionApprover approver;

    String sku;
    long productId;

    @BeforeEach
    void aProductOnSale() {
        sku = "PRM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Product product = fixture.productOnSale(sku, "100.00");
        productId = product.getId();
        clerk.receive("SH-01", sku, 500);
    }

    Campaign live(long template, Map<String, String> terms, Integer maxUses, Integer perShopper, BigDecimal cap) {
        Campaign draft = manager.create(new CampaignDraft(
                template,
                "测试活动 " + sku,
                "Test campaign " + sku,
                terms,
                String.valueOf(productId),
                null,
                null,
                null,
                null,
                null,
                null,
                maxUses,
                perShopper,
                cap,
                false,
                null,
                null,
                null));
        manager.submit(draft.getId());
        return approver.approve(draft.getId());
    }

    PlaceOrder order(String buyer, String token, int quantity) {
        return new PlaceOrder(
                buyer,
                token,
                null,
                List.of(new PlaceOrder.Item(sku, quantity)),
                HOME,
                ShippingMethod.STANDARD,
                null,
                null);
    }

    @Test
    void a_spend_tier_campaign_is_quoted_with_its_reason_and_lands_on_the_order_as_a_promotion_line() {
        Campaign campaign = live(1, Map.of("tiers", "200:20,300:40"), null, null, null);

        PromotionQuote below = promotions.quote(
                new PriceRequest("visitor:q", List.of(new PriceRequest.Item(sku, 1)), BigDecimal.ZERO));
        assertThat(below.excluded())
                .filteredOn(x -> x.campaignId() == campaign.getId())
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.reason()).isEqualTo("THRESHOLD_NOT_MET");
                    assertThat(x.missing()).isEqualByComparingTo("100.00");
                });

        SalesOrder placed = orders.place(new PlaceOrder(
                "visitor:tier",
                "t-tier",
                null,
                List.of(new PlaceOrder.Item(sku, 3)),
                HOME,
                ShippingMethod.STANDARD,
                null,
                new BigDecimal("260.00")));

        SalesOrder read = orders.order("visitor:tier", placed.getNumber()).orElseThrow();
        assertThat(read.getPayable()).isEqualByComparingTo("260.00");
        assertThat(read.getDiscount()).isEqualByComparingTo("40.00");
        assertThat(read.getAmounts())
                .filteredOn(a -> a.getKind() == AmountKind.PROMOTION)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getCampaignId()).isEqualTo(campaign.getId());
                    assertThat(a.getAmount()).isEqualByComparingTo("-40.00");
                });
        assertThat(read.getAmounts().stream().map(AmountLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(read.getPayable());
        assertThat(read.getLines().get(0).getDiscount()).isEqualByComparingTo("40.00");
        assertThat(desk.campaign(campaign.getId()).orElseThrow().getUses()).isEqualTo(1);
    }

    @Test
    void thirty_concurrent_checkouts_against_a_campaign_of_eight_uses_get_exactly_eight_discounts() throws Exception {
        Campaign campaign = live(8, Map.of("amount", "10"), 8, null, null);

        List<Object> outcomes = concurrently(30, i -> orders.place(order("visitor:many-" + i, "t-" + i, 1)));

        long discounted = outcomes.stream()
                .map(SalesOrder.class::cast)
                .filter(o -> o.getDiscount().signum() > 0)
                .count();
        assertThat(discounted).isEqualTo(8);
        Campaign after = desk.campaign(campaign.getId()).orElseThrow();
        assertThat(after.getUses()).isEqualTo(8);
        assertThat(after.getDiscountUsed()).isEqualByComparingTo("80.00");
    }

    @Test
    void one_shopper_checking_out_in_twelve_tabs_at_once_gets_the_once_per_shopper_campaign_once() throws Exception {
        Campaign campaign = live(8, Map.of("amount", "15"), null, 1, null);

        List<Object> outcomes = concurrently(12, i -> orders.place(order("visitor:greedy", "tab-" + i, 1)));

        assertThat(outcomes.stream()
                        .map(SalesOrder.class::cast)
                        .filter(o -> o.getDiscount().signum() > 0))
                .hasSize(1);
        assertThat(desk.campaign(campaign.getId()).orElseThrow().getUses()).isEqualTo(1);
    }

    @Test
    void a_total_discount_cap_is_never_passed_however_many_check_out_at_once() throws Exception {
        Campaign campaign = live(8, Map.of("amount", "30"), null, null, new BigDecimal("100.00"));

        List<Object> outcomes = concurrently(20, i -> orders.place(order("visitor:cap-" + i, "t-" + i, 1)));

        BigDecimal given = outcomes.stream()
                .map(SalesOrder.class::cast)
                .map(SalesOrder::getDiscount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(given).isEqualByComparingTo("90.00");
        assertThat(desk.campaign(campaign.getId()).orElseThrow().getDiscountUsed())
                .isEqualByComparingTo("90.00");
    }

    @Test
    void a_stopped_campaign_no_longer_applies_and_a_discount_that_ran_out_refuses_the_order_the_shopper_saw() {
        Campaign campaign = live(8, Map.of("amount", "5"), 1, null, null);
        orders.place(order("visitor:first", "t-first", 1));

        assertThatThrownBy(() -> orders.place(new PlaceOrder(
                        "visitor:second",
                        "t-second",
                        null,
                        List.of(new PlaceOrder.Item(sku, 1)),
                        HOME,
                        ShippingMethod.STANDARD,
                        null,
                        new BigDecimal("95.00"))))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.payable.changed"));

        Campaign other = live(8, Map.of("amount", "7"), null, null, null);
        manager.stop(other.getId());
        assertThat(desk.campaign(other.getId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.STOPPED);
        PromotionQuote quote = promotions.quote(
                new PriceRequest("visitor:third", List.of(new PriceRequest.Item(sku, 1)), BigDecimal.ZERO));
        assertThat(quote.applied()).isEmpty();
        assertThat(quote.excluded())
                .filteredOn(x -> x.campaignId() == campaign.getId())
                .extracting(PromotionQuote.ExcludedCampaign::reason)
                .containsExactly("BUDGET_EXHAUSTED");
    }

    @Test
    void a_cancelled_order_gives_its_use_and_discount_back_once_so_the_next_shopper_gets_it() {
        Campaign campaign = live(8, Map.of("amount", "12"), 1, 1, new BigDecimal("12.00"));
        SalesOrder first = orders.place(order("visitor:changes-mind", "t-mind", 1));
        assertThat(first.getDiscount()).isEqualByComparingTo("12.00");
        SalesOrder unlucky = orders.place(order("visitor:too-late", "t-late", 1));
        assertThat(unlucky.getDiscount()).as("the one use is taken").isEqualByComparingTo("0.00");

        orders.cancel("visitor:changes-mind", first.getNumber(), "changed my mind");

        Eventually.await(
                "the cancelled order's use given back",
                Duration.ofSeconds(30),
                () -> desk.campaign(campaign.getId()).orElseThrow().getUses() == 0);
        Campaign after = desk.campaign(campaign.getId()).orElseThrow();
        assertThat(after.getDiscountUsed()).isEqualByComparingTo("0.00");
        assertThat(promotions.giveBack(first.getNumber()))
                .as("a second call gives nothing")
                .isZero();
        assertThat(desk.campaign(campaign.getId()).orElseThrow().getUses()).isZero();

        SalesOrder again = orders.place(order("visitor:changes-mind", "t-mind-again", 1));
        assertThat(again.getDiscount())
                .as("the per-shopper count no longer holds the cancelled order")
                .isEqualByComparingTo("12.00");
        assertThat(desk.campaign(campaign.getId()).orElseThrow().getUses()).isEqualTo(1);
    }

    @Test
    void twenty_shoppers_at_once_get_exactly_the_five_units_of_a_flash_sales_own_stock_and_then_it_is_sold_out()
            throws Exception {
        Campaign flash = live(10, Map.of("amount", "9.90", "stock", "5"), null, null, null);

        List<Object> outcomes = concurrently(20, i -> orders.place(order("visitor:flash-" + i, "t-" + i, 1)));

        assertThat(outcomes.stream()
                        .map(SalesOrder.class::cast)
                        .filter(o -> o.getDiscount().signum() > 0))
                .hasSize(5)
                .allSatisfy(o -> assertThat(o.getPayable()).isEqualByComparingTo("9.90"));
        assertThat(desk.campaign(flash.getId()).orElseThrow().getFlashSold()).isEqualTo(5);
        PromotionQuote late = promotions.quote(
                new PriceRequest("visitor:flash-late", List.of(new PriceRequest.Item(sku, 1)), BigDecimal.ZERO));
        assertThat(late.excluded())
                .filteredOn(x -> x.campaignId() == flash.getId())
                .extracting(PromotionQuote.ExcludedCampaign::reason)
                .containsExactly("SOLD_OUT");
    }

    @Test
    void one_shopper_in_six_tabs_at_once_buys_no_more_units_at_the_flash_price_than_the_per_shopper_limit()
            throws Exception {
        Campaign flash = live(10, Map.of("amount", "9.90", "stock", "50", "limit", "2"), null, null, null);

        List<Object> outcomes = concurrently(6, i -> orders.place(order("visitor:flash-greedy", "tab-" + i, 1)));

        assertThat(outcomes.stream()
                        .map(SalesOrder.class::cast)
                        .filter(o -> o.getDiscount().signum() > 0))
                .hasSize(2);
        assertThat(desk.campaign(flash.getId()).orElseThrow().getFlashSold()).isEqualTo(2);
        PromotionQuote more = promotions.quote(
                new PriceRequest("visitor:flash-greedy", List.of(new PriceRequest.Item(sku, 3)), BigDecimal.ZERO));
        assertThat(more.excluded())
                .filteredOn(x -> x.campaignId() == flash.getId())
                .extracting(PromotionQuote.ExcludedCampaign::reason)
                .containsExactly("LIMIT_REACHED");
        PromotionQuote someoneElse = promotions.quote(
                new PriceRequest("visitor:flash-other", List.of(new PriceRequest.Item(sku, 3)), BigDecimal.ZERO));
        assertThat(someoneElse.itemsDiscount())
                .as("two units at the flash price, the third at full price")
                .isEqualByComparingTo("180.20");
    }

    /** Races the attempts (see {@link Concurrently#race}); what each got. */
    static List<Object> concurrently(int count, Concurrently.Attempt<Object> attempt) throws Exception {
        return Concurrently.race(count, attempt);
    }
}
