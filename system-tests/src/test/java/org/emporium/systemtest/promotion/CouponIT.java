package org.emporium.systemtest.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emporium.systemtest.promotion.PromotionBudgetIT.HOME;
import static org.emporium.systemtest.promotion.PromotionBudgetIT.concurrently;

import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.emporium.admin.boundary.AuditTrail;
import org.emporium.admin.entity.AuditEntry;
import org.emporium.batch.boundary.JobRun;
import org.emporium.catalog.entity.Product;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.promotion.boundary.CampaignDraft;
import org.emporium.promotion.boundary.Coupons;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.Coupon;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.emporium.systemtest.batch.AsOps;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.emporium.systemtest.order.OrderFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coupons on PostgreSQL: concurrent claims never pass a campaign's total or per-shopper limit, a coupon pays for
 * one order however many checkouts try it at once, and campaign changes reach the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class CouponIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                CouponIT.class,
                PromotionBudgetIT.class,
                OrderFixture.class,
                AsWarehouseClerk.class,
                AsPromotionManager.class,
                AsPromotionApprover.class,
                AsOps.class);
    }

    @Inject
    AsOps ops;

    @Inject
    Coupons coupons;

    @Inject
    Orders orders;

    @Inject
    AuditTrail audit;

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
        sku = "CPN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Product product = fixture.productOnSale(sku, "120.00");
        productId = product.getId();
        clerk.receive("SH-01", sku, 100);
    }

    Campaign couponCampaign(Integer total, Integer perShopper) {
        Campaign draft = manager.create(new CampaignDraft(
                9,
                "满100减20券 " + sku,
                "20 off 100 coupon " + sku,
                Map.of("tiers", "100:20"),
                String.valueOf(productId),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                total,
                perShopper,
                7));
        manager.submit(draft.getId());
        return approver.approve(draft.getId());
    }

    @Test
    void twenty_shoppers_claiming_five_coupons_at_once_get_exactly_five() throws Exception {
        Campaign campaign = couponCampaign(5, null);

        List<Object> outcomes = concurrently(20, i -> {
            try {
                return coupons.claim(campaign.getId(), "visitor:claimer-" + i);
            } catch (BusinessRuleViolation refused) {
                return refused.messageKey();
            }
        });

        assertThat(outcomes.stream().filter(Coupon.class::isInstance)).hasSize(5);
        assertThat(outcomes.stream().filter(String.class::isInstance))
                .hasSize(15)
                .containsOnly("promotion.coupon.gone");
        assertThat(coupons.ofCampaign(campaign.getId())).hasSize(5);
    }

    @Test
    void one_shopper_claiming_ten_times_at_once_holds_the_two_a_shopper_may() throws Exception {
        Campaign campaign = couponCampaign(null, 2);

        List<Object> outcomes = concurrently(10, i -> {
            try {
                return coupons.claim(campaign.getId(), "visitor:hoarder");
            } catch (BusinessRuleViolation refused) {
                return refused.messageKey();
            }
        });

        assertThat(outcomes.stream().filter(Coupon.class::isInstance)).hasSize(2);
        assertThat(coupons.usable("visitor:hoarder")).hasSize(2);
    }

    @Test
    void a_coupon_pays_for_one_order_however_many_checkouts_use_it_at_once() throws Exception {
        Campaign campaign = couponCampaign(null, null);
        Coupon coupon = coupons.claim(campaign.getId(), "visitor:holder");
        assertThatThrownBy(() -> orders.place(checkout("visitor:thief", "t-thief", coupon.getCode())))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("promotion.coupon.unusable"));

        List<Object> outcomes = concurrently(6, i -> {
            try {
                return orders.place(checkout("visitor:holder", "tab-" + i, coupon.getCode()));
            } catch (BusinessRuleViolation refused) {
                return refused.messageKey();
            }
        });

        List<SalesOrder> placed = outcomes.stream()
                .filter(SalesOrder.class::isInstance)
                .map(SalesOrder.class::cast)
                .toList();
        assertThat(placed).singleElement().satisfies(o -> {
            assertThat(o.getDiscount()).isEqualByComparingTo("20.00");
            assertThat(o.getPayable()).isEqualByComparingTo("100.00");
        });
        assertThat(outcomes.stream().filter(String.class::isInstance))
                .hasSize(5)
                .containsOnly("promotion.coupon.unusable");
        assertThat(coupons.usable("visitor:holder")).isEmpty();
        assertThat(coupons.ofCampaign(campaign.getId())).singleElement().satisfies(c -> {
            assertThat(c.getStatus()).isEqualTo(Coupon.Status.REDEEMED);
            assertThat(c.getOrderReference()).isEqualTo(placed.get(0).getNumber());
        });
    }

    @Test
    void the_coupon_expiry_job_ends_coupons_past_their_window_and_a_restart_after_a_failure_repeats_nothing() {
        OffsetDateTime ends = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(15);
        Campaign draft = manager.create(new CampaignDraft(
                9,
                "限时券 " + sku,
                "Short coupon " + sku,
                Map.of("tiers", "100:20"),
                String.valueOf(productId),
                null,
                null,
                null,
                null,
                null,
                ends,
                null,
                null,
                null,
                true,
                null,
                null,
                7));
        manager.submit(draft.getId());
        Campaign shortLived = approver.approve(draft.getId());
        List<String> due = List.of(
                coupons.claim(shortLived.getId(), "visitor:late-a").getCode(),
                coupons.claim(shortLived.getId(), "visitor:late-b").getCode(),
                coupons.claim(shortLived.getId(), "visitor:late-c").getCode());
        Coupon notDue = coupons.claim(couponCampaign(null, null).getId(), "visitor:late-a");
        Eventually.await(
                "the short campaign's coupons run out of time",
                Duration.ofSeconds(30),
                () -> OffsetDateTime.now(ZoneOffset.UTC).isAfter(ends));
        assertThat(coupons.usable("visitor:late-b"))
                .as("past its window, not yet expired by the job")
                .isEmpty();

        Properties drill = new Properties();
        drill.setProperty("chunkSize", "1");
        drill.setProperty("failAfterItems", "1");
        JobRun failed = finished(ops.start("coupon-expiry", drill));

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(statusOf(shortLived.getId(), due))
                .as("the first chunk committed, the failed one rolled back")
                .containsExactlyInAnyOrder(Coupon.Status.EXPIRED, Coupon.Status.CLAIMED, Coupon.Status.CLAIMED);

        JobRun restarted = finished(ops.restart(failed.executionId()));

        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(statusOf(shortLived.getId(), due)).containsOnly(Coupon.Status.EXPIRED);
        assertThat(restarted.exitStatus()).isEqualTo("EXPIRED coupons=3 of 3");
        assertThat(coupons.usable("visitor:late-a"))
                .as("a coupon still inside its window stays")
                .extracting(Coupon::getCode)
                .containsExactly(notDue.getCode());
    }

    private List<Coupon.Status> statusOf(long campaignId, List<String> codes) {
        return coupons.ofCampaign(campaignId).stream()
                .filter(c -> codes.contains(c.getCode()))
                .map(Coupon::getStatus)
                .toList();
    }

    private JobRun finished(long executionId) {
        Eventually.await(
                "run " + executionId + " of coupon-expiry ends",
                Duration.ofSeconds(60),
                () -> !ops.run(executionId).running());
        return ops.run(executionId);
    }

    @Test
    void the_coupon_of_a_cancelled_order_can_be_used_again_by_its_owner() {
        Campaign campaign = couponCampaign(null, null);
        Coupon coupon = coupons.claim(campaign.getId(), "visitor:returner");
        SalesOrder placed = orders.place(checkout("visitor:returner", "t-return", coupon.getCode()));
        assertThat(coupons.usable("visitor:returner")).isEmpty();

        orders.cancel("visitor:returner", placed.getNumber(), null);

        Eventually.await(
                "the coupon given back",
                Duration.ofSeconds(30),
                () -> coupons.usable("visitor:returner").stream()
                        .anyMatch(c -> c.getCode().equals(coupon.getCode())));
        SalesOrder again = orders.place(checkout("visitor:returner", "t-return-again", coupon.getCode()));
        assertThat(again.getDiscount()).isEqualByComparingTo("20.00");
    }

    @Test
    void creating_approving_and_stopping_a_campaign_are_in_the_audit_log() {
        Campaign campaign = couponCampaign(3, 1);
        manager.stop(campaign.getId());

        Eventually.await(
                "the campaign's changes in the audit log",
                Duration.ofSeconds(30),
                () -> audit.recent(0, 200).stream()
                                .filter(e -> e.getAggregateType().equals("campaign")
                                        && e.getAggregateId().equals(String.valueOf(campaign.getId())))
                                .count()
                        >= 4);
        List<AuditEntry> entries = audit.recent(0, 200).stream()
                .filter(e -> e.getAggregateId().equals(String.valueOf(campaign.getId()))
                        && e.getAggregateType().equals("campaign"))
                .toList();
        assertThat(entries).extracting(AuditEntry::getActor).contains("promotion-manager", "promotion-approver");
        assertThat(entries).extracting(AuditEntry::getSummary).anyMatch(s -> s.contains("STOPPED"));
        assertThatThrownBy(() -> coupons.claim(campaign.getId(), "visitor:late"))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("promotion.coupon.notClaimable"));
    }

    PlaceOrder checkout(String buyer, String token, String couponCode) {
        return new PlaceOrder(
                buyer,
                token,
                null,
                List.of(new PlaceOrder.Item(sku, 1)),
                HOME,
                ShippingMethod.STANDARD,
                null,
                new BigDecimal("100.00"),
                couponCode);
    }
}
