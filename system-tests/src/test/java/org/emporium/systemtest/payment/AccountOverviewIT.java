package org.emporium.systemtest.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.payment.PaymentFixture.anOrder;
import static org.emporium.systemtest.payment.PaymentFixture.freshId;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.SalesOrder;
import org.emporium.payment.boundary.AccountMovement;
import org.emporium.payment.boundary.Accounts;
import org.emporium.payment.boundary.GiftCards;
import org.emporium.payment.boundary.Ledger;
import org.emporium.payment.boundary.MovementPage;
import org.emporium.payment.boundary.PaymentStep;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.boundary.RefundAsk;
import org.emporium.payment.boundary.RefundableLine;
import org.emporium.payment.boundary.TenderChoice;
import org.emporium.payment.entity.Refund;
import org.emporium.payment.entity.RefundStep;
import org.emporium.payment.entity.Subject;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.promotion.boundary.CampaignDraft;
import org.emporium.promotion.boundary.Coupons;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.Coupon;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.SystemUnderTest;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.emporium.systemtest.order.OrderFixture;
import org.emporium.systemtest.promotion.AsPromotionApprover;
import org.emporium.systemtest.promotion.AsPromotionManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the storefront's account overview reads, on PostgreSQL: a shopper topped up and granted points pays an
 * order (with a coupon) from balance and points, part of it is refunded; the balance and points movements come
 * from the ledger newest first and page, the bound gift card and the coupons (used on the order, unused) show,
 * and another shopper sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
class AccountOverviewIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                AccountOverviewIT.class,
                PaymentFixture.class,
                OrderFixture.class,
                AsWarehouseClerk.class,
                AsFinance.class,
                AsRefundClerk.class,
                AsPromotionManager.class,
                AsPromotionApprover.class);
    }

    @Inject
    Orders orders;

    @Inject
    Payments payments;

    @Inject
    Accounts accounts;

    @Inject
    GiftCards giftCards;

    @Inject
    Coupons coupons;

    @Inject
    Ledger ledger;

    @Inject
    OrderFixture fixture;

    @Inject
    AsWarehouseClerk clerk;

    @Inject
    AsFinance finance;

    @Inject
    AsRefundClerk refunds;

    @Inject
    AsPromotionManager manager;

    @Inject
    AsPromotionApprover approver;

    @Test
    void the_overview_shows_the_shoppers_own_balance_points_gift_cards_and_coupons_and_nobody_elses() {
        String id = freshId();
        String pot = "AOP-" + id;
        String cup = "AOC-" + id;
        String buyer = "customer:it-overview-" + id.toLowerCase();
        String other = "customer:it-overview-other-" + id.toLowerCase();
        long potId = fixture.productOnSale(pot, "120.00").getId();
        fixture.productOnSale(cup, "5.00");
        clerk.receive("SH-01", pot, 10);
        clerk.receive("SH-01", cup, 10);
        Campaign campaign = approver.approve(manager.submit(manager.create(new CampaignDraft(
                                9,
                                "账户券 " + id,
                                "Overview coupon " + id,
                                Map.of("tiers", "100:20"),
                                String.valueOf(potId),
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
                                null,
                                null,
                                7))
                        .getId())
                .getId());
        Coupon used = coupons.claim(campaign.getId(), buyer);
        Coupon unused = coupons.claim(campaign.getId(), buyer);
        String card = finance.soldGiftCard("30.00");
        giftCards.bind(card, buyer);
        finance.topUp(buyer, "1000.00");
        finance.grantPoints(buyer, 800);
        finance.topUp(other, "5.00");

        PlaceOrder.Item[] items = {new PlaceOrder.Item(pot, 1), new PlaceOrder.Item(cup, 1)};
        PlaceOrder placing = anOrder(buyer, null, items);
        SalesOrder order = orders.place(new PlaceOrder(
                placing.buyer(),
                placing.submissionToken(),
                placing.visitorId(),
                placing.items(),
                placing.address(),
                placing.shippingMethod(),
                placing.remark(),
                placing.expectedPayable(),
                used.getCode(),
                placing.delivery(),
                placing.paymentMethod(),
                placing.invoice(),
                placing.gift()));
        BigDecimal payable = order.getPayable();
        PaymentStep step = payments.pay(
                buyer,
                order.getNumber(),
                List.of(TenderChoice.of(TenderMethod.POINTS), TenderChoice.of(TenderMethod.BALANCE)),
                SystemUnderTest.storefrontUrl(),
                false);
        assertThat(step.kind()).isEqualTo(PaymentStep.Kind.PAID);
        BigDecimal fromBalance = payable.subtract(new BigDecimal("8.00"));

        RefundableLine cupLine = refunds.lines(order.getNumber()).stream()
                .filter(l -> l.label().startsWith(cup + " "))
                .findFirst()
                .orElseThrow();
        Refund refund = refunds.refund(
                order.getNumber(),
                "RF-" + UUID.randomUUID(),
                List.of(new RefundAsk(cupLine.orderLineId(), null)),
                "chipped");
        BigDecimal balanceBack = refunded(refund, TenderMethod.BALANCE);
        BigDecimal pointsBack = refunded(refund, TenderMethod.POINTS);
        assertThat(balanceBack.add(pointsBack)).isEqualByComparingTo(refund.getAmount());

        assertThat(accounts.account(buyer).availableBalance())
                .isEqualByComparingTo(
                        new BigDecimal("1000.00").subtract(fromBalance).add(balanceBack));
        MovementPage balance = accounts.movements(buyer, Subject.CUSTOMER_BALANCE, 0, 10);
        assertThat(balance.rows())
                .extracting(AccountMovement::kind)
                .first()
                .isEqualTo(balanceBack.signum() > 0 ? "REFUND" : "HOLD");
        assertThat(balance.rows())
                .filteredOn(m -> m.kind().equals("HOLD"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.orderNumber()).isEqualTo(order.getNumber());
                    assertThat(m.amount()).isEqualByComparingTo(fromBalance.negate());
                });
        assertThat(balance.rows().get(balance.rows().size() - 1).kind()).isEqualTo("ADJUST");
        assertThat(balance.rows().get(balance.rows().size() - 1).amount()).isEqualByComparingTo("1000.00");
        assertThat(balance.rows().stream().map(AccountMovement::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the movements add up to what the ledger owes the shopper")
                .isEqualByComparingTo(ledger.owed(Subject.CUSTOMER_BALANCE, buyer));

        MovementPage firstOfOne = accounts.movements(buyer, Subject.CUSTOMER_BALANCE, 0, 1);
        assertThat(firstOfOne.total()).isEqualTo(balance.total());
        assertThat(firstOfOne.hasNext()).isTrue();
        MovementPage beyond = accounts.movements(buyer, Subject.CUSTOMER_BALANCE, 99, 1);
        assertThat(beyond.page()).isEqualTo((int) balance.total() - 1);
        assertThat(beyond.rows())
                .singleElement()
                .extracting(AccountMovement::kind)
                .isEqualTo("ADJUST");

        MovementPage points = accounts.movements(buyer, Subject.POINTS, 0, 10);
        assertThat(points.rows()).extracting(AccountMovement::kind).contains("EARN", "HOLD");
        assertThat(points.rows())
                .filteredOn(m -> m.kind().equals("HOLD"))
                .singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("-8.00"));
        assertThat(accounts.lots(buyer)).isNotEmpty();

        assertThat(giftCards.cardsOf(buyer)).singleElement().satisfies(c -> {
            assertThat(c.available()).isEqualByComparingTo("30.00");
            assertThat(c.expiresAt()).isNotNull();
        });
        assertThat(coupons.heldBy(buyer))
                .hasSize(2)
                .anySatisfy(c -> {
                    assertThat(c.getCode()).isEqualTo(used.getCode());
                    assertThat(c.getStatus()).isEqualTo(Coupon.Status.REDEEMED);
                    assertThat(c.getOrderReference()).isEqualTo(order.getNumber());
                })
                .anySatisfy(c -> {
                    assertThat(c.getCode()).isEqualTo(unused.getCode());
                    assertThat(c.getStatus()).isEqualTo(Coupon.Status.CLAIMED);
                });

        // another shopper: their own top-up only, none of the buyer's
        assertThat(accounts.movements(other, Subject.CUSTOMER_BALANCE, 0, 10).rows())
                .singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("5.00"));
        assertThat(accounts.movements(other, Subject.POINTS, 0, 10).total()).isZero();
        assertThat(giftCards.cardsOf(other)).isEmpty();
        assertThat(coupons.heldBy(other)).isEmpty();
    }

    private static BigDecimal refunded(Refund refund, TenderMethod method) {
        return refund.getSteps().stream()
                .filter(s -> s.getMethod() == method)
                .map(RefundStep::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
