package org.emporium.systemtest.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.payment.PaymentFixture.anOrder;
import static org.emporium.systemtest.payment.PaymentFixture.freshId;
import static org.emporium.systemtest.payment.PaymentFixture.query;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.SalesOrder;
import org.emporium.payment.boundary.GiftCards;
import org.emporium.payment.boundary.Ledger;
import org.emporium.payment.boundary.PaymentStep;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.boundary.TenderChoice;
import org.emporium.payment.boundary.WechatPaySimulator;
import org.emporium.payment.entity.EntryKind;
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
 * WeChat Pay API v3 against its simulator over HTTP: the H5 trade is opened with a signed request, the
 * platform's encrypted notification ten times over pays the order once, a forged one changes nothing, and
 * cancelling the paid order refunds through the API. Every order costs 30.00.
 */
@ExtendWith(ArquillianExtension.class)
class WechatPayIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                WechatPayIT.class,
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
    WechatPaySimulator simulator;

    @Inject
    OrderFixture fixture;

    @Inject
    AsWarehouseClerk clerk;

    @Inject
    AsFinance finance;

    @Inject
    AsOrderClerk orderClerk;

    String sku;
    String buyer;

    @BeforeEach
    void aPotOnSale() {
        String id = freshId();
        sku = "WX-" + id;
        buyer = "guest:it-wx-" + id.toLowerCase();
        fixture.productOnSale(sku, "20.00");
        clerk.receive("SH-01", sku, 20);
    }

    @AfterEach
    void theLedgerBalances() {
        assertThat(ledger.balances()).isTrue();
    }

    @Test
    void a_gift_card_then_wechat_pay_the_order_once_however_often_the_notification_comes_and_a_cancel_refunds_both()
            throws Exception {
        String code = finance.soldGiftCard("12.00");
        SalesOrder order = orders.place(anOrder(buyer, "30.00", new PlaceOrder.Item(sku, 1)));

        PaymentStep step = payments.pay(
                buyer,
                order.getNumber(),
                List.of(TenderChoice.giftCard(code), TenderChoice.of(TenderMethod.WECHAT)),
                SystemUnderTest.storefrontUrl(),
                true);

        assertThat(step.kind()).isEqualTo(PaymentStep.Kind.REDIRECT);
        Map<String, String> query = query(step.redirect());
        assertThat(query.get("redirect_url"))
                .endsWith("/payment/wechat/return?out_trade_no="
                        + tender(order, TenderMethod.WECHAT).getOutTradeNo());
        String trade = simulator.cashier(query.get("prepay_id")).outTradeNo();
        assertThat(simulator.cashier(query.get("prepay_id")).amount()).isEqualByComparingTo("18.00");
        simulator.behave(new org.emporium.payment.boundary.AlipaySimulator.Behaviour(1, 0, false));
        simulator.pay(trade);
        Map<String, String> notification = simulator.notification(trade);

        Map<String, String> forged = new LinkedHashMap<>(notification);
        forged.put("body", notification.get("body").replace("TRANSACTION.SUCCESS", "TRANSACTION.SUCCESS "));
        assertThat(payments.notified("wechat", forged)).isEqualTo("fail");
        for (int i = 0; i < 10; i++) {
            assertThat(payments.notified("wechat", notification)).isEqualTo("success");
        }

        assertThat(orders.due(buyer, order.getNumber()).orElseThrow().status()).isEqualTo("PAID");
        assertThat(ledger.entries(order.getNumber()))
                .extracting(JournalEntry::getKind)
                .containsExactly(EntryKind.HOLD, EntryKind.CAPTURE, EntryKind.CAPTURE, EntryKind.EARN);
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("30.00");

        orderClerk.cancel(order.getNumber());

        Eventually.await(
                "the WeChat part is refunded",
                Duration.ofSeconds(30),
                () -> tender(order, TenderMethod.WECHAT).getStatus() == TenderStatus.REFUNDED);
        assertThat(simulator.refundsOf(trade)).isEqualTo(1);
        assertThat(giftCards.card(code).available()).isEqualByComparingTo("12.00");
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("0.00");
        simulator.behave(org.emporium.payment.boundary.AlipaySimulator.Behaviour.NORMAL);
    }

    @Test
    void the_shopper_coming_back_before_the_notification_finds_the_order_paid_by_asking_wechat_pay() {
        SalesOrder order = orders.place(anOrder(buyer, "30.00", new PlaceOrder.Item(sku, 1)));
        PaymentStep step = payments.pay(
                buyer,
                order.getNumber(),
                List.of(TenderChoice.of(TenderMethod.WECHAT)),
                SystemUnderTest.storefrontUrl(),
                false);
        String trade =
                simulator.cashier(query(step.redirect()).get("prepay_id")).outTradeNo();
        simulator.behave(new org.emporium.payment.boundary.AlipaySimulator.Behaviour(1, 0, false));
        simulator.pay(trade);
        simulator.behave(org.emporium.payment.boundary.AlipaySimulator.Behaviour.NORMAL);

        assertThat(payments.returned("wechat", Map.of("out_trade_no", trade))).contains(order.getNumber());

        assertThat(orders.due(buyer, order.getNumber()).orElseThrow().status()).isEqualTo("PAID");
        assertThat(tender(order, TenderMethod.WECHAT).getGatewayTradeNo()).startsWith("42000");
    }

    private Tender tender(SalesOrder order, TenderMethod method) {
        return PaymentFixture.tender(payments, buyer, order.getNumber(), method);
    }
}
