package org.emporium.systemtest.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emporium.systemtest.payment.PaymentFixture.anOrder;
import static org.emporium.systemtest.payment.PaymentFixture.concurrently;
import static org.emporium.systemtest.payment.PaymentFixture.freshId;
import static org.emporium.systemtest.payment.PaymentFixture.openCashier;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.SalesOrder;
import org.emporium.payment.boundary.Accounts;
import org.emporium.payment.boundary.AlipaySimulator;
import org.emporium.payment.boundary.GiftCards;
import org.emporium.payment.boundary.Ledger;
import org.emporium.payment.boundary.PaymentStep;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.boundary.RefundAsk;
import org.emporium.payment.boundary.RefundableLine;
import org.emporium.payment.boundary.TenderChoice;
import org.emporium.payment.entity.Refund;
import org.emporium.payment.entity.RefundStatus;
import org.emporium.payment.entity.Subject;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.payment.entity.TenderStatus;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.emporium.systemtest.SystemUnderTest;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.emporium.systemtest.order.OrderFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refunding lines of a paid order on PostgreSQL: an order of a 20.00 pot and a 5.00 cup with 10.00 delivery
 * (35.00), paid 10.00 by gift card, 8.00 by 800 points and 17.00 by Alipay. Refunding the pot gives back Alipay's
 * 17.00 through the simulator and then 3.00 of points; the same form submitted again refunds nothing more; a
 * line never gives back more than it paid; two staff refunding the same line at once refund it once; cancelling
 * the order gives back the rest. After each, the ledger balances.
 */
@ExtendWith(ArquillianExtension.class)
class PartialRefundIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                PartialRefundIT.class,
                PaymentFixture.class,
                OrderFixture.class,
                AsWarehouseClerk.class,
                AsFinance.class,
                AsOrderClerk.class,
                AsRefundClerk.class);
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
    Ledger ledger;

    @Inject
    AlipaySimulator simulator;

    @Inject
    OrderFixture fixture;

    @Inject
    AsWarehouseClerk clerk;

    @Inject
    AsFinance finance;

    @Inject
    AsOrderClerk orderClerk;

    @Inject
    AsRefundClerk refunds;

    String pot;
    String cup;
    String buyer;

    @BeforeEach
    void aPotAndACupOnSale() {
        String id = freshId();
        pot = "RFP-" + id;
        cup = "RFC-" + id;
        buyer = "guest:it-refund-" + id.toLowerCase();
        fixture.productOnSale(pot, "20.00");
        fixture.productOnSale(cup, "5.00");
        clerk.receive("SH-01", pot, 100);
        clerk.receive("SH-01", cup, 100);
    }

    @AfterEach
    void theLedgerBalances() {
        simulator.behave(AlipaySimulator.Behaviour.NORMAL);
        assertThat(ledger.balances())
                .as("debits equal credits: %s", ledger.trialBalance())
                .isTrue();
    }

    @Test
    void refunding_a_line_gives_back_the_gateway_part_first_and_a_cancel_gives_back_the_rest() {
        String code = finance.soldGiftCard("10.00");
        finance.grantPoints(buyer, 800);
        SalesOrder order = paidOrder(code);
        String trade = tender(order, TenderMethod.ALIPAY).getOutTradeNo();
        long earned = 10 + 17; // gift card and Alipay earn, points do not
        RefundableLine potLine = line(order, pot);
        assertThat(potLine.paid()).isEqualByComparingTo("20.00");

        String number = "RF-" + UUID.randomUUID();
        Refund refund = refunds.refund(
                order.getNumber(), number, List.of(new RefundAsk(potLine.orderLineId(), null)), "broken in transit");

        assertThat(refund.getAmount()).isEqualByComparingTo("20.00");
        assertThat(refund.getStatus()).isEqualTo(RefundStatus.DONE);
        assertThat(refund.getSteps())
                .extracting(s -> s.getMethod() + " " + s.getAmount().toPlainString() + " " + s.getStatus())
                .containsExactly("ALIPAY 17.00 DONE", "POINTS 3.00 DONE");
        assertThat(simulator.refundsOf(trade)).isEqualTo(1);
        assertThat(tender(order, TenderMethod.ALIPAY).getStatus()).isEqualTo(TenderStatus.REFUNDED);
        assertThat(accounts.account(buyer).points())
                .as("3.00 of points back; Alipay's 17.00 back takes 17 of the 27 points the order earned")
                .isEqualTo(300 + earned - 17);
        assertThat(giftCards.card(code).available()).isEqualByComparingTo("0.00");
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("15.00");
        assertThat(line(order, pot).getRefundable()).isEqualByComparingTo("0.00");

        // the same form again (a second click, a retry after a timeout): nothing more
        Refund again = refunds.refund(
                order.getNumber(), number, List.of(new RefundAsk(potLine.orderLineId(), null)), "broken in transit");
        assertThat(again.getId()).isEqualTo(refund.getId());
        assertThat(simulator.refundsOf(trade)).isEqualTo(1);
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("15.00");

        // a line gives back at most what it paid
        assertThatThrownBy(() -> refunds.refund(
                        order.getNumber(),
                        "RF-" + UUID.randomUUID(),
                        List.of(new RefundAsk(potLine.orderLineId(), new BigDecimal("0.01"))),
                        "again"))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("payment.refund.lineExceeded");
        assertThatThrownBy(() -> refunds.refund(
                        order.getNumber(),
                        "RF-" + UUID.randomUUID(),
                        List.of(new RefundAsk(line(order, cup).orderLineId(), new BigDecimal("1.00"))),
                        " "))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("payment.refund.reason");

        orderClerk.cancel(order.getNumber());

        Eventually.await(
                "the cancelled order's gift card part is back",
                Duration.ofSeconds(30),
                () -> giftCards.card(code).available().compareTo(new BigDecimal("10.00")) == 0);
        assertThat(accounts.account(buyer).points())
                .as("every point spent is back, every point earned taken back")
                .isEqualTo(800);
        assertThat(ledger.owed(Subject.POINTS, buyer)).isEqualByComparingTo("8.00");
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("0.00");
        assertThat(ledger.owed(Subject.GIFT_CARD, code)).isEqualByComparingTo("10.00");
        assertThat(simulator.refundsOf(trade))
                .as("Alipay gave back its part once")
                .isEqualTo(1);
        assertThat(refunds.refunds())
                .filteredOn(r -> r.getOrderNumber().equals(order.getNumber()))
                .extracting(r -> r.getAmount().toPlainString())
                .containsExactlyInAnyOrder("20.00", "15.00");
    }

    @Test
    void two_staff_refunding_the_same_line_at_once_refund_it_once() throws Exception {
        String code = finance.soldGiftCard("10.00");
        finance.grantPoints(buyer, 800);
        SalesOrder order = paidOrder(code);
        RefundableLine potLine = line(order, pot);

        List<String> outcomes = concurrently(
                4,
                i -> refunds.refund(
                                order.getNumber(),
                                "RF-" + UUID.randomUUID(),
                                List.of(new RefundAsk(potLine.orderLineId(), null)),
                                "customer returned it")
                        .getAmount()
                        .toPlainString());

        assertThat(outcomes).containsOnlyOnce("20.00");
        assertThat(outcomes).filteredOn(o -> !o.equals("20.00")).containsOnly("payment.refund.nothing");
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("15.00");
        assertThat(simulator.refundsOf(tender(order, TenderMethod.ALIPAY).getOutTradeNo()))
                .isEqualTo(1);
    }

    /** The pot and the cup, paid by the gift card, all 800 points and Alipay for the rest (17.00). */
    private SalesOrder paidOrder(String code) {
        SalesOrder order =
                orders.place(anOrder(buyer, "35.00", new PlaceOrder.Item(pot, 1), new PlaceOrder.Item(cup, 1)));
        PaymentStep step = payments.pay(
                buyer,
                order.getNumber(),
                List.of(
                        TenderChoice.giftCard(code),
                        TenderChoice.of(TenderMethod.POINTS),
                        TenderChoice.of(TenderMethod.ALIPAY)),
                SystemUnderTest.storefrontUrl(),
                false);
        String trade = openCashier(simulator, step.redirect());
        simulator.behave(new AlipaySimulator.Behaviour(1, 0, false));
        simulator.pay(trade);
        assertThat(payments.notified("alipay", simulator.notification(trade))).isEqualTo("success");
        assertThat(orders.due(buyer, order.getNumber()).orElseThrow().status()).isEqualTo("PAID");
        assertThat(tender(order, TenderMethod.ALIPAY).getAmount()).isEqualByComparingTo("17.00");
        return order;
    }

    private RefundableLine line(SalesOrder order, String sku) {
        return refunds.lines(order.getNumber()).stream()
                .filter(l -> l.label().startsWith(sku + " "))
                .findFirst()
                .orElseThrow();
    }

    private Tender tender(SalesOrder order, TenderMethod method) {
        return PaymentFixture.tender(payments, buyer, order.getNumber(), method);
    }
}
