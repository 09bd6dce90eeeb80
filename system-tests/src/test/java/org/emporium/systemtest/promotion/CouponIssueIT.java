package org.emporium.systemtest.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.batch.boundary.CouponIssueRuns;
import org.emporium.catalog.entity.Product;
import org.emporium.crm.boundary.Segment;
import org.emporium.notification.boundary.Consents;
import org.emporium.notification.boundary.SmsSimulator;
import org.emporium.notification.boundary.Templates;
import org.emporium.notification.entity.Channel;
import org.emporium.notification.entity.Purpose;
import org.emporium.order.boundary.Orders;
import org.emporium.order.entity.SalesOrder;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.promotion.boundary.CampaignDraft;
import org.emporium.promotion.boundary.Coupons;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.Coupon;
import org.emporium.promotion.entity.CouponIssue;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.emporium.systemtest.customer.Shoppers;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.emporium.systemtest.order.OrderFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coupons issued to a segment of shoppers on PostgreSQL, by the coupon-issue job: the segment's criteria pick the
 * members (registered shoppers, what they bought, a phone list), each member gets one coupon however often the
 * segment is issued to, the campaign's total caps what is issued, the coupon is the shopper's to use, and members
 * who agreed to marketing messages are told by SMS.
 */
@ExtendWith(ArquillianExtension.class)
class CouponIssueIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                CouponIssueIT.class,
                Shoppers.class,
                OrderFixture.class,
                AsWarehouseClerk.class,
                AsPromotionManager.class,
                AsPromotionApprover.class);
    }

    @Inject
    Shoppers shoppers;

    @Inject
    Coupons coupons;

    @Inject
    Orders orders;

    @Inject
    Templates templates;

    @Inject
    Consents consents;

    @Inject
    SmsSimulator simulator;

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
        sku = "SEG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Product product = fixture.productOnSale(sku, "120.00");
        productId = product.getId();
        clerk.receive("SH-01", sku, 100);
    }

    Campaign couponCampaign(Integer total, Integer perShopper) {
        Campaign draft = manager.create(new CampaignDraft(
                9,
                "人群券 " + sku,
                "Segment coupon " + sku,
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
    void each_member_gets_one_coupon_however_often_the_segment_is_issued_to_and_the_total_caps_it() {
        Shoppers.Registered a = shoppers.register("甲", "zh_CN");
        Shoppers.Registered b = shoppers.register("乙", "zh_CN");
        Shoppers.Registered c = shoppers.register("丙", "en");
        Shoppers.Registered buyer = shoppers.register("丁", "zh_CN");
        bought(buyer, 2);
        Campaign campaign = couponCampaign(3, 2);
        Coupon claimed = coupons.claim(campaign.getId(), b.buyer());
        Segment lapsed =
                new Segment(null, null, null, 30, null, List.of(a.phone(), b.phone(), c.phone(), buyer.phone()));

        assertThat(manager.preview(lapsed))
                .as("the one who bought lately is not a lapsed shopper")
                .isEqualTo(3);

        CouponIssue first = finished(manager.issue(campaign.getId(), lapsed, CouponIssue.Notify.NONE, null));

        assertThat(first.getPreviewed()).isEqualTo(3);
        assertThat(first.getIssued()).isEqualTo(2);
        assertThat(first.getAlreadyHeld()).as("the shopper who claimed one").isEqualTo(1);
        assertThat(first.getOverCap()).isZero();
        assertThat(coupons.usable(a.buyer()))
                .as("the coupon is the shopper's to use, as the storefront shows it")
                .singleElement()
                .satisfies(coupon -> assertThat(coupon.getCampaignId()).isEqualTo(campaign.getId()));
        assertThat(coupons.usable(b.buyer())).extracting(Coupon::getCode).containsExactly(claimed.getCode());
        assertThat(coupons.usable(buyer.buyer())).isEmpty();

        CouponIssue again = finished(manager.issue(campaign.getId(), lapsed, CouponIssue.Notify.NONE, null));

        assertThat(again.getIssued()).as("issuing twice gives nobody a second").isZero();
        assertThat(again.getAlreadyHeld()).isEqualTo(3);
        assertThat(coupons.ofCampaign(campaign.getId()))
                .extracting(Coupon::getOwner)
                .containsExactlyInAnyOrder(a.buyer(), b.buyer(), c.buyer());

        Shoppers.Registered late = shoppers.register("戊", "zh_CN");
        CouponIssue past = finished(manager.issue(
                campaign.getId(),
                new Segment(null, null, null, null, null, List.of(late.phone())),
                CouponIssue.Notify.NONE,
                null));

        assertThat(past.getOverCap())
                .as("the campaign's three coupons are gone")
                .isEqualTo(1);
        assertThat(past.getIssued()).isZero();
        assertThat(coupons.usable(late.buyer())).isEmpty();
    }

    @Test
    void what_shoppers_bought_and_spent_picks_the_segment() {
        Shoppers.Registered big = shoppers.register("大客户", "zh_CN");
        Shoppers.Registered small = shoppers.register("小客户", "zh_CN");
        Shoppers.Registered none = shoppers.register("新客户", "zh_CN");
        bought(big, 3);
        bought(small, 1);
        List<String> phones = List.of(big.phone(), small.phone(), none.phone());

        assertThat(manager.preview(new Segment(null, null, 30, null, null, phones)))
                .isEqualTo(2);
        assertThat(manager.preview(new Segment(null, null, null, null, new BigDecimal("250"), phones)))
                .as("three pots of 120 come to more than 250, one does not")
                .isEqualTo(1);
        assertThat(manager.preview(new Segment(null, null, null, 30, null, phones)))
                .isEqualTo(1);
        assertThat(manager.preview(new Segment(null, null, null, null, null, phones)))
                .isEqualTo(3);
    }

    @Test
    void members_who_agreed_to_marketing_are_told_by_sms_and_the_others_are_not() {
        String template = "it.coupon." + UUID.randomUUID().toString().substring(0, 8);
        templates.create(
                template,
                Channel.SMS,
                "zh_CN",
                Purpose.MARKETING,
                null,
                "【Emporium】{{campaign}} 优惠券已到账，{{until}} 前有效。回T退订",
                "it");
        Shoppers.Registered agreed = shoppers.register("愿意", "zh_CN");
        Shoppers.Registered silent = shoppers.register("不愿", "zh_CN");
        consents.set(agreed.phone(), Channel.SMS, true, "it");
        Campaign campaign = couponCampaign(null, null);

        CouponIssue told = finished(manager.issue(
                campaign.getId(),
                new Segment(null, null, null, null, null, List.of(agreed.phone(), silent.phone())),
                CouponIssue.Notify.SMS,
                template));

        assertThat(told.getIssued()).isEqualTo(2);
        assertThat(told.getNotified()).isEqualTo(1);
        assertThat(told.getNotNotified()).isEqualTo(1);
        Eventually.await(
                "the SMS reached the shopper who agreed",
                Duration.ofSeconds(30),
                () -> simulator.receivedBy(agreed.phone()).stream()
                        .anyMatch(m -> m.text().contains(sku)));
        assertThat(simulator.receivedBy(silent.phone()))
                .as("only the registration code")
                .hasSize(1);
    }

    @Test
    void a_template_needing_values_an_issue_cannot_give_is_refused_before_anything_is_issued() {
        String template = "it.coupon." + UUID.randomUUID().toString().substring(0, 8);
        templates.create(template, Channel.SMS, "zh_CN", Purpose.MARKETING, null, "您的券码 {{couponCode}}。回T退订", "it");
        Campaign campaign = couponCampaign(null, null);

        assertThatThrownBy(() -> manager.issue(campaign.getId(), Segment.everyone(), CouponIssue.Notify.SMS, template))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("promotion.issue.templateVariables"));
        assertThatThrownBy(() ->
                        manager.issue(campaign.getId(), Segment.everyone(), CouponIssue.Notify.SMS, "no.such.template"))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("promotion.issue.template"));
        assertThat(coupons.ofCampaign(campaign.getId())).isEmpty();
    }

    private void bought(Shoppers.Registered shopper, int pots) {
        SalesOrder placed = orders.place(OrderFixture.oneOf(sku, pots, shopper.buyer(), null));
        orders.paid(placed.getNumber(), "it-" + placed.getNumber());
    }

    private CouponIssue finished(CouponIssue started) {
        Eventually.await(
                "coupon issue " + started.getId() + " ends",
                Duration.ofSeconds(60),
                () -> manager.issues().stream()
                        .anyMatch(
                                r -> r.issue().getId().equals(started.getId()) && !r.running() && r.status() != null));
        CouponIssueRuns.IssueRun run = manager.issues().stream()
                .filter(r -> r.issue().getId().equals(started.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        return run.issue();
    }
}
