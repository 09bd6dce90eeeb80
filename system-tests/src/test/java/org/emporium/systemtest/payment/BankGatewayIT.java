package org.emporium.systemtest.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.payment.PaymentFixture.anOrder;
import static org.emporium.systemtest.payment.PaymentFixture.concurrently;
import static org.emporium.systemtest.payment.PaymentFixture.freshId;
import static org.emporium.systemtest.payment.PaymentFixture.query;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.SalesOrder;
import org.emporium.payment.boundary.AlipaySimulator;
import org.emporium.payment.boundary.BankSimulator;
import org.emporium.payment.boundary.GiftCards;
import org.emporium.payment.boundary.Ledger;
import org.emporium.payment.boundary.PaymentStep;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.boundary.TenderChoice;
import org.emporium.payment.entity.EntryKind;
import org.emporium.payment.entity.FeeBearer;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.Subject;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.payment.entity.TenderStatus;
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
 * The bank's direct-connect gateway and credit-card instalments against the bank simulator over HTTP: the
 * shop's signed form opens the bank's page, the bank's signed notification ten times over pays the order once
 * (a tampered one changes nothing), the shopper's return asks the bank with a signed query, an instalment plan
 * is charged with its fee and kept on the payment with a balanced ledger, and money that arrives after the
 * order closed goes back through the bank's refund, fee included.
 */
@ExtendWith(ArquillianExtension.class)
class BankGatewayIT {

    static final String TEST_CARD = "6250 9470 0000 0014";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                BankGatewayIT.class,
                PaymentFixture.class,
                OrderFixture.class,
                AsWarehouseClerk.class,
                AsFinance.class,
                AsOrderClerk.class);
    }

    @Inject
    Orders orders;

    @Inject
    Payments payments;

    @Inject
    GiftCards giftCards;

    @Inject
    Ledger ledger;

    @Inject
    BankSimulator simulator;

    @Inject
    OrderFixture fixture;

    @Inject
    AsWarehouseClerk clerk;

    @Inject
    AsFinance finance;

    @Inject
    AsOrderClerk orderClerk;

    String pot;
    String sofa;
    String buyer;

    @BeforeEach
    void goodsOnSale() {
        String id = freshId();
        pot = "BK-POT-" + id;
        sofa = "BK-SOFA-" + id;
        buyer = "guest:it-bank-" + id.toLowerCase();
        fixture.productOnSale(pot, "20.00");
        fixture.productOnSale(sofa, "990.00");
        clerk.receive("SH-01", pot, 20);
        clerk.receive("SH-01", sofa, 20);
    }

    @AfterEach
    void theLedgerBalancesAndTheSimulatorBehaves() {
        simulator.behave(AlipaySimulator.Behaviour.NORMAL);
        simulator.refuse(false);
        assertThat(ledger.balances()).isTrue();
    }

    @Test
    void a_gift_card_then_the_bank_pay_the_order_once_however_often_the_notification_comes_and_a_cancel_refunds_both()
            throws Exception {
        String code = finance.soldGiftCard("12.00");
        SalesOrder order = place(pot, "30.00");

        PaymentStep step = payments.pay(
                buyer,
                order.getNumber(),
                List.of(TenderChoice.giftCard(code), TenderChoice.of(TenderMethod.UNIONPAY)),
                SystemUnderTest.storefrontUrl(),
                false);

        assertThat(step.kind()).isEqualTo(PaymentStep.Kind.REDIRECT);
        assertThat(step.redirect()).startsWith(shop() + "/payment/unionpay/form?");
        Map<String, String> form = query(step.redirect());
        Tender bank = tender(order, TenderMethod.UNIONPAY);
        assertThat(form)
                .containsEntry("orderId", bank.getOutTradeNo())
                .containsEntry("txnAmt", "1800")
                .containsEntry("currencyCode", "156")
                .containsEntry("txnSubType", "01")
                .containsKey("signature");
        Map<String, String> forgedForm = new LinkedHashMap<>(form);
        forgedForm.put("txnAmt", "1");
        assertThat(simulator.open(forgedForm).error()).contains("签名");
        BankSimulator.Page page = simulator.open(form);
        assertThat(page.error()).isNull();
        assertThat(page.amount()).isEqualByComparingTo("18.00");

        simulator.behave(new AlipaySimulator.Behaviour(1, 0, false));
        simulator.pay(form.get("merId"), form.get("orderId"), null, null, null);
        Map<String, String> notification = simulator.notification(form.get("merId"), form.get("orderId"));

        Map<String, String> tampered = new LinkedHashMap<>(notification);
        tampered.put("txnAmt", "1");
        assertThat(payments.notified("unionpay", tampered)).isEqualTo("fail");
        assertThat(orders.due(buyer, order.getNumber()).orElseThrow().status()).isEqualTo("AWAITING_PAYMENT");

        List<String> answers = concurrently(10, i -> payments.notified("unionpay", notification));

        assertThat(answers).containsOnly("ok");
        assertThat(orders.due(buyer, order.getNumber()).orElseThrow().status()).isEqualTo("PAID");
        assertThat(tender(order, TenderMethod.UNIONPAY).getGatewayTradeNo()).isEqualTo(notification.get("queryId"));
        assertThat(ledger.entries(order.getNumber()))
                .extracting(JournalEntry::getKind)
                .containsExactly(EntryKind.HOLD, EntryKind.CAPTURE, EntryKind.CAPTURE, EntryKind.EARN);
        JournalEntry capture = ledger.entries(order.getNumber()).stream()
                .filter(e -> "unionpay".equals(e.getChannel()))
                .findFirst()
                .orElseThrow();
        assertThat(capture.getFee()).isEqualByComparingTo("0.09"); // 0.5 % of 18.00
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("30.00");

        orderClerk.cancel(order.getNumber());

        Eventually.await(
                "the bank part is refunded",
                Duration.ofSeconds(30),
                () -> tender(order, TenderMethod.UNIONPAY).getStatus() == TenderStatus.REFUNDED);
        assertThat(simulator.refundsOf(form.get("merId"), form.get("orderId"))).isEqualTo(1);
        assertThat(simulator.refundedOf(form.get("merId"), form.get("orderId"))).isEqualByComparingTo("18.00");
        assertThat(giftCards.card(code).available()).isEqualByComparingTo("12.00");
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("0.00");
    }

    @Test
    void the_shopper_back_from_the_bank_before_its_notification_finds_the_order_paid_by_a_signed_query() {
        SalesOrder order = place(pot, "30.00");
        PaymentStep step = payments.pay(
                buyer,
                order.getNumber(),
                List.of(TenderChoice.of(TenderMethod.UNIONPAY)),
                SystemUnderTest.storefrontUrl(),
                true);
        Map<String, String> form = query(step.redirect());
        assertThat(form).containsEntry("channelType", "08");
        simulator.open(form);
        simulator.behave(new AlipaySimulator.Behaviour(1, 0, false));

        BankSimulator.Back back = simulator.pay(form.get("merId"), form.get("orderId"), null, null, null);

        assertThat(back.frontUrl()).isEqualTo(shop() + "/payment/unionpay/return");
        Map<String, String> forged = new LinkedHashMap<>(back.fields());
        forged.put("orderId", "SOMEONEELSE0001");
        assertThat(payments.returned("unionpay", forged)).isEmpty();
        assertThat(payments.returned("unionpay", back.fields())).contains(order.getNumber());
        assertThat(orders.due(buyer, order.getNumber()).orElseThrow().status()).isEqualTo("PAID");
    }

    @Test
    void card_instalments_charge_the_plan_with_its_fee_keep_it_on_the_payment_and_the_order_receives_the_price()
            throws Exception {
        SalesOrder order = place(sofa, null);
        BigDecimal payable =
                orders.due(buyer, order.getNumber()).orElseThrow().payable().amount();
        assertThat(payable).isEqualByComparingTo("990.00");

        PaymentStep step = payments.pay(
                buyer, order.getNumber(), List.of(TenderChoice.instalments(6)), SystemUnderTest.storefrontUrl(), false);

        Tender tender = tender(order, TenderMethod.INSTALMENT);
        assertThat(tender.getInstalments()).isEqualTo(6);
        assertThat(tender.getInstalmentFee()).isEqualByComparingTo("44.55"); // 4.5 % of 990.00
        assertThat(tender.getFeeBearer()).isEqualTo(FeeBearer.SHOPPER);
        assertThat(tender.charged()).isEqualByComparingTo("1034.55");
        Map<String, String> form = query(step.redirect());
        assertThat(step.redirect()).contains("/payment/instalment/form?");
        assertThat(form)
                .containsEntry("txnSubType", "03")
                .containsEntry("txnAmt", "103455")
                .containsEntry("instalTransInfo", "{numberOfInstallments=06&instalFee=4455&feeBearer=0}");
        BankSimulator.Page page = simulator.open(form);
        assertThat(page.instalments()).isTrue();
        assertThat(page.months()).isEqualTo(6);
        assertThat(page.fee()).isEqualByComparingTo("44.55");

        assertThat(simulator
                        .pay(form.get("merId"), form.get("orderId"), "6250 9470 0000 0015", "1230", "123")
                        .error())
                .as("a card number whose check digit is wrong")
                .isNotNull();
        simulator.behave(new AlipaySimulator.Behaviour(3, 0, true));
        simulator.pay(form.get("merId"), form.get("orderId"), TEST_CARD, "1230", "123");

        Eventually.await(
                "the acquirer's notifications pay the order",
                Duration.ofSeconds(30),
                () -> "PAID"
                        .equals(orders.due(buyer, order.getNumber())
                                .orElseThrow()
                                .status()));
        Thread.sleep(1500); // the other two copies of the notification arrive and change nothing
        assertThat(ledger.entries(order.getNumber()))
                .extracting(JournalEntry::getKind)
                .containsExactly(EntryKind.CAPTURE, EntryKind.EARN);
        JournalEntry capture = ledger.entries(order.getNumber()).get(0);
        assertThat(capture.getChannel()).isEqualTo("instalment");
        assertThat(capture.getMemo()).contains("6 instalments", "44.55");
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("990.00");
        assertThat(tender(order, TenderMethod.INSTALMENT).getStatus()).isEqualTo(TenderStatus.CAPTURED);
    }

    @Test
    void an_instalment_payment_arriving_after_the_order_closed_is_refunded_whole_fee_included() {
        SalesOrder order = place(sofa, null);
        PaymentStep step = payments.pay(
                buyer, order.getNumber(), List.of(TenderChoice.instalments(3)), SystemUnderTest.storefrontUrl(), false);
        Map<String, String> form = query(step.redirect());
        simulator.open(form);

        assertThat(orders.closeIfOverdue(order.getId(), OffsetDateTime.now().plusMinutes(31)))
                .isTrue();
        Eventually.await(
                "the closed order gives up its pending instalment trade",
                Duration.ofSeconds(20),
                () -> tender(order, TenderMethod.INSTALMENT).getStatus() == TenderStatus.RELEASED);

        simulator.pay(form.get("merId"), form.get("orderId"), TEST_CARD, "1230", "123"); // notified over HTTP

        Eventually.await(
                "the late instalment payment is refunded",
                Duration.ofSeconds(30),
                () -> tender(order, TenderMethod.INSTALMENT).getStatus() == TenderStatus.REFUNDED);
        assertThat(simulator.refundsOf(form.get("merId"), form.get("orderId"))).isEqualTo(1);
        assertThat(simulator.refundedOf(form.get("merId"), form.get("orderId")))
                .isEqualByComparingTo("1012.77"); // 990.00 and its 2.3 % fee, 22.77
        assertThat(orders.due(buyer, order.getNumber()).orElseThrow().status()).isEqualTo("CLOSED");
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("0.00");
        assertThat(ledger.entries(order.getNumber()))
                .extracting(JournalEntry::getKind)
                .containsExactly(EntryKind.CAPTURE, EntryKind.REFUND);
    }

    @Test
    void a_bank_busy_with_queries_leaves_the_trade_waiting_and_the_order_unpaid() {
        SalesOrder order = place(pot, "30.00");
        PaymentStep step = payments.pay(
                buyer,
                order.getNumber(),
                List.of(TenderChoice.of(TenderMethod.UNIONPAY)),
                SystemUnderTest.storefrontUrl(),
                false);
        Map<String, String> form = query(step.redirect());
        simulator.open(form);
        simulator.behave(new AlipaySimulator.Behaviour(1, 0, false));
        BankSimulator.Back back = simulator.pay(form.get("merId"), form.get("orderId"), null, null, null);
        simulator.refuse(true);

        assertThat(payments.returned("unionpay", back.fields())).contains(order.getNumber());

        assertThat(orders.due(buyer, order.getNumber()).orElseThrow().status()).isEqualTo("AWAITING_PAYMENT");
        assertThat(tender(order, TenderMethod.UNIONPAY).getStatus()).isEqualTo(TenderStatus.PENDING);
        simulator.refuse(false);
        assertThat(payments.check(buyer, order.getNumber())
                        .orElseThrow()
                        .getStatus()
                        .name())
                .isEqualTo("PAID");
    }

    private static String shop() {
        return SystemUnderTest.storefrontUrl().replaceFirst("/$", "");
    }

    private SalesOrder place(String sku, String payable) {
        return orders.place(anOrder(buyer, payable, new PlaceOrder.Item(sku, 1)));
    }

    private Tender tender(SalesOrder order, TenderMethod method) {
        return PaymentFixture.tender(payments, buyer, order.getNumber(), method);
    }
}
