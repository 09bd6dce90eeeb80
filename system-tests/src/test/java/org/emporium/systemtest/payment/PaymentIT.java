package org.emporium.systemtest.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emporium.systemtest.payment.PaymentFixture.anOrder;
import static org.emporium.systemtest.payment.PaymentFixture.concurrently;
import static org.emporium.systemtest.payment.PaymentFixture.freshId;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.SalesOrder;
import org.emporium.payment.boundary.AccountView;
import org.emporium.payment.boundary.Accounts;
import org.emporium.payment.boundary.AlipaySimulator;
import org.emporium.payment.boundary.GiftCards;
import org.emporium.payment.boundary.Ledger;
import org.emporium.payment.boundary.PaymentStep;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.boundary.TenderChoice;
import org.emporium.payment.entity.EntryKind;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.Payment;
import org.emporium.payment.entity.PaymentStatus;
import org.emporium.payment.entity.PointsLot;
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
 * Paying orders on PostgreSQL: many payments at once against one balance or one gift card never overdraw it;
 * an Alipay notification sent ten times pays once; a payment that arrives after its order closed is refunded
 * through the (simulated) gateway; a failed gateway part leaves the internal parts held until the order closes,
 * then gives them back; cancelling a paid order returns every part. After each, the ledger balances. Every
 * order costs 30.00 (a 20.00 pot and 10.00 standard delivery).
 */
@ExtendWith(ArquillianExtension.class)
class PaymentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                PaymentIT.class,
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

    String sku;
    String buyer;

    @BeforeEach
    void aPotOnSale() {
        String id = freshId();
        sku = "PAY-" + id;
        buyer = "guest:it-pay-" + id.toLowerCase();
        fixture.productOnSale(sku, "20.00");
        clerk.receive("SH-01", sku, 100);
    }

    @AfterEach
    void theLedgerBalances() {
        simulator.behave(AlipaySimulator.Behaviour.NORMAL);
        assertThat(ledger.balances())
                .as("debits equal credits: %s", ledger.trialBalance())
                .isTrue();
    }

    @Test
    void twelve_payments_at_once_against_a_balance_for_three_pay_three_and_never_overdraw_it() throws Exception {
        finance.topUp(buyer, "100.00");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            numbers.add(place(buyer).getNumber());
        }

        List<String> outcomes = concurrently(
                12,
                i -> payments.pay(
                        buyer,
                        numbers.get(i),
                        List.of(TenderChoice.of(TenderMethod.BALANCE)),
                        "http://localhost",
                        false));

        assertThat(outcomes).filteredOn("PAID"::equals).hasSize(3);
        assertThat(outcomes).filteredOn(o -> !"PAID".equals(o)).containsOnly("payment.tenders.short");
        AccountView account = accounts.account(buyer);
        assertThat(account.balance()).isEqualByComparingTo("10.00");
        assertThat(account.balanceHeld()).isEqualByComparingTo("0.00");
        assertThat(ledger.owed(Subject.CUSTOMER_BALANCE, buyer)).isEqualByComparingTo("10.00");
        assertThat(numbers.stream().filter(n -> status(buyer, n).equals("PAID")))
                .hasSize(3);
    }

    @Test
    void two_clicks_on_pay_at_once_pay_once() throws Exception {
        finance.topUp(buyer, "100.00");
        String number = place(buyer).getNumber();

        List<String> outcomes = concurrently(
                2,
                i -> payments.pay(
                        buyer, number, List.of(TenderChoice.of(TenderMethod.BALANCE)), "http://localhost", false));

        assertThat(outcomes).containsOnly("PAID");
        assertThat(accounts.account(buyer).balance()).isEqualByComparingTo("70.00");
        assertThat(ledger.entries(number))
                .extracting(JournalEntry::getKind)
                .containsExactly(EntryKind.HOLD, EntryKind.CAPTURE, EntryKind.EARN);
    }

    @Test
    void twelve_shoppers_at_once_with_one_gift_card_for_three_pay_three_and_never_overdraw_it() throws Exception {
        String code = finance.soldGiftCard("100.00");
        List<String> buyers = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            buyers.add(buyer + "-" + i);
            numbers.add(place(buyers.get(i)).getNumber());
        }

        List<String> outcomes = concurrently(
                12,
                i -> payments.pay(
                        buyers.get(i),
                        numbers.get(i),
                        List.of(TenderChoice.giftCard(code)),
                        "http://localhost",
                        false));

        assertThat(outcomes).filteredOn("PAID"::equals).hasSize(3);
        assertThat(giftCards.card(code).available()).isEqualByComparingTo("10.00");
        assertThat(ledger.owed(Subject.GIFT_CARD, code)).isEqualByComparingTo("10.00");
        assertThat(ledger.owed(Subject.GIFT_CARD_HELD, code)).isEqualByComparingTo("0.00");
    }

    @Test
    void a_shopper_who_tries_many_unknown_gift_card_codes_may_not_pay_by_gift_card_for_a_while() {
        String code = finance.soldGiftCard("100.00");
        String guesser = buyer + "-guesser";
        String number = place(guesser).getNumber();
        for (int i = 0; i < 5; i++) {
            String guess = "EMPGUESS" + String.format("%08d", i);
            assertThatThrownBy(() -> payments.pay(
                            guesser, number, List.of(TenderChoice.giftCard(guess)), "http://localhost", false))
                    .hasMessageStartingWith("payment.giftCard.unknown");
        }

        assertThatThrownBy(() ->
                        payments.pay(guesser, number, List.of(TenderChoice.giftCard(code)), "http://localhost", false))
                .as("even a real code, for a while")
                .hasMessageStartingWith("payment.giftCard.tooManyTries");
        assertThat(giftCards.card(code).available()).isEqualByComparingTo("100.00");
        String honest = buyer + "-honest";
        String theirs = place(honest).getNumber();
        payments.pay(honest, theirs, List.of(TenderChoice.giftCard(code)), "http://localhost", false);
        assertThat(status(honest, theirs)).as("other shoppers pay as before").isEqualTo("PAID");
    }

    @Test
    void points_past_their_expiry_leave_the_account_and_the_ledger_shows_them_expired() {
        String owner = buyer + "-points";
        finance.grantPoints(owner, 500);
        PointsLot lot = accounts.lots(owner).get(0);
        BigDecimal expiredBefore = ledger.owed(Subject.EXPIRED_POINTS, owner);

        accounts.expirePoints(lot.getExpiresAt().minusSeconds(1));
        assertThat(accounts.account(owner).points()).as("not yet").isEqualTo(500);

        accounts.expirePoints(lot.getExpiresAt().plusSeconds(1));
        assertThat(accounts.account(owner).points()).isZero();
        assertThat(accounts.lots(owner).get(0).getRemaining()).isZero();
        assertThat(ledger.owed(Subject.EXPIRED_POINTS, owner)).isGreaterThan(expiredBefore);
        accounts.expirePoints(lot.getExpiresAt().plusSeconds(2));
        assertThat(accounts.account(owner).points())
                .as("nothing left to expire twice")
                .isZero();
        assertThat(ledger.balances()).isTrue();
    }

    @Test
    void the_same_alipay_notification_ten_times_pays_the_order_once() throws Exception {
        String code = finance.soldGiftCard("20.00");
        SalesOrder order = place(buyer);
        PaymentStep step = payments.pay(
                buyer,
                order.getNumber(),
                List.of(TenderChoice.giftCard(code), TenderChoice.of(TenderMethod.ALIPAY)),
                SystemUnderTest.storefrontUrl(),
                false);
        assertThat(step.kind()).isEqualTo(PaymentStep.Kind.REDIRECT);
        String trade = openCashier(step.redirect());
        simulator.behave(new AlipaySimulator.Behaviour(1, 0, false));
        simulator.pay(trade);
        Map<String, String> notification = simulator.notification(trade);

        Map<String, String> forged = new LinkedHashMap<>(notification);
        forged.put("total_amount", "0.01");
        assertThat(payments.notified("alipay", forged)).isEqualTo("fail");
        assertThat(status(buyer, order.getNumber())).isEqualTo("AWAITING_PAYMENT");

        List<String> answers = concurrently(10, i -> payments.notified("alipay", notification));

        assertThat(answers).containsOnly("success");
        assertThat(status(buyer, order.getNumber())).isEqualTo("PAID");
        Payment payment = payments.payment(buyer, order.getNumber()).orElseThrow();
        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(payment.getTenders()).extracting(Tender::getStatus).containsOnly(TenderStatus.CAPTURED);
        List<JournalEntry> entries = ledger.entries(order.getNumber());
        assertThat(entries)
                .extracting(JournalEntry::getKind)
                .containsExactly(EntryKind.HOLD, EntryKind.CAPTURE, EntryKind.CAPTURE, EntryKind.EARN);
        JournalEntry alipay = entries.stream()
                .filter(e -> "alipay".equals(e.getChannel()))
                .findFirst()
                .orElseThrow();
        assertThat(alipay.getFee()).isEqualByComparingTo("0.06");
        assertThat(alipay.getSettlementDate())
                .isAfter(alipay.getPostedAt().toLocalDate().minusDays(1));
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("30.00");
        assertThat(accounts.account(buyer).points()).isEqualTo(30);
    }

    @Test
    void a_payment_arriving_after_the_order_closed_gives_everything_back_and_refunds_the_gateway() throws Exception {
        String code = finance.soldGiftCard("25.00");
        SalesOrder order = place(buyer);
        PaymentStep step = payments.pay(
                buyer,
                order.getNumber(),
                List.of(TenderChoice.giftCard(code), TenderChoice.of(TenderMethod.ALIPAY)),
                SystemUnderTest.storefrontUrl(),
                true);
        String trade = openCashier(step.redirect());
        assertThat(giftCards.card(code).available()).isEqualByComparingTo("0.00");

        assertThat(orders.closeIfOverdue(order.getId(), OffsetDateTime.now().plusMinutes(31)))
                .isTrue();
        Eventually.await(
                "the closed order's gift card part is released",
                Duration.ofSeconds(20),
                () -> giftCards.card(code).available().compareTo(new BigDecimal("25.00")) == 0);

        simulator.pay(trade); // the notification goes over HTTP to the shop, which refunds through the simulator

        Eventually.await(
                "the late Alipay payment is refunded",
                Duration.ofSeconds(30),
                () -> tender(buyer, order.getNumber(), TenderMethod.ALIPAY).getStatus() == TenderStatus.REFUNDED);
        assertThat(simulator.refundsOf(trade)).isEqualTo(1);
        assertThat(status(buyer, order.getNumber())).isEqualTo("CLOSED");
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("0.00");
        assertThat(ledger.owed(Subject.GIFT_CARD, code)).isEqualByComparingTo("25.00");
        assertThat(ledger.entries(order.getNumber()))
                .extracting(JournalEntry::getKind)
                .containsExactly(EntryKind.HOLD, EntryKind.RELEASE, EntryKind.CAPTURE, EntryKind.REFUND);
    }

    @Test
    void when_alipay_fails_balance_and_points_stay_held_until_the_order_closes_then_go_back() throws Exception {
        finance.topUp(buyer, "12.00");
        finance.grantPoints(buyer, 500); // worth 5.00
        SalesOrder order = place(buyer);
        PaymentStep step = payments.pay(
                buyer,
                order.getNumber(),
                List.of(
                        TenderChoice.of(TenderMethod.POINTS),
                        TenderChoice.of(TenderMethod.BALANCE),
                        TenderChoice.of(TenderMethod.ALIPAY)),
                SystemUnderTest.storefrontUrl(),
                false);
        String trade = openCashier(step.redirect());
        simulator.fail(trade);
        assertThat(payments.returned("alipay", Map.of("out_trade_no", trade))).contains(order.getNumber());

        Payment payment = payments.payment(buyer, order.getNumber()).orElseThrow();
        assertThat(payment.getTenders())
                .extracting(Tender::getMethod, t -> t.getAmount().toPlainString(), Tender::getStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TenderMethod.POINTS, "5.00", TenderStatus.HELD),
                        org.assertj.core.groups.Tuple.tuple(TenderMethod.BALANCE, "12.00", TenderStatus.HELD),
                        org.assertj.core.groups.Tuple.tuple(TenderMethod.ALIPAY, "13.00", TenderStatus.PENDING));
        assertThat(accounts.account(buyer).availableBalance()).isEqualByComparingTo("0.00");
        assertThat(accounts.account(buyer).spendablePoints()).isZero();

        orders.closeIfOverdue(order.getId(), OffsetDateTime.now().plusMinutes(31));

        Eventually.await(
                "the held parts go back",
                Duration.ofSeconds(20),
                () -> payments.payment(buyer, order.getNumber()).orElseThrow().getStatus() == PaymentStatus.ENDED);
        AccountView account = accounts.account(buyer);
        assertThat(account.balance()).isEqualByComparingTo("12.00");
        assertThat(account.balanceHeld()).isEqualByComparingTo("0.00");
        assertThat(account.points()).isEqualTo(500);
        assertThat(account.spendablePoints()).isEqualTo(500);
        assertThat(ledger.owed(Subject.CUSTOMER_BALANCE, buyer)).isEqualByComparingTo("12.00");
        assertThat(ledger.owed(Subject.POINTS, buyer)).isEqualByComparingTo("5.00");
        assertThat(simulator.refundsOf(trade)).isZero();
    }

    @Test
    void cancelling_a_paid_order_returns_every_part_to_where_it_came_from() throws Exception {
        String code = finance.soldGiftCard("10.00");
        finance.grantPoints(buyer, 800);
        SalesOrder order = place(buyer);
        PaymentStep step = payments.pay(
                buyer,
                order.getNumber(),
                List.of(
                        TenderChoice.giftCard(code),
                        TenderChoice.of(TenderMethod.POINTS),
                        TenderChoice.of(TenderMethod.ALIPAY)),
                SystemUnderTest.storefrontUrl(),
                false);
        String trade = openCashier(step.redirect());
        simulator.behave(new AlipaySimulator.Behaviour(1, 0, false));
        simulator.pay(trade);
        assertThat(payments.notified("alipay", simulator.notification(trade))).isEqualTo("success");
        assertThat(status(buyer, order.getNumber())).isEqualTo("PAID");

        orderClerk.cancel(order.getNumber());

        Eventually.await(
                "the cancelled order's Alipay part is refunded",
                Duration.ofSeconds(30),
                () -> tender(buyer, order.getNumber(), TenderMethod.ALIPAY).getStatus() == TenderStatus.REFUNDED);
        assertThat(giftCards.card(code).available()).isEqualByComparingTo("10.00");
        assertThat(accounts.account(buyer).points())
                .as("the 800 points spent are back, the 22 the order earned taken back")
                .isEqualTo(800);
        assertThat(simulator.refundsOf(trade)).isEqualTo(1);
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("0.00");
        assertThat(ledger.owed(Subject.GIFT_CARD, code)).isEqualByComparingTo("10.00");
        assertThat(ledger.owed(Subject.GIFT_CARD_HELD, code)).isEqualByComparingTo("0.00");
        assertThat(ledger.owed(Subject.POINTS_HELD, buyer)).isEqualByComparingTo("0.00");

        payments.orderEnded(order.getNumber(), "again"); // a redelivered event changes nothing
        assertThat(simulator.refundsOf(trade)).isEqualTo(1);
        assertThat(giftCards.card(code).available()).isEqualByComparingTo("10.00");
    }

    private SalesOrder place(String who) {
        return orders.place(anOrder(who, "30.00", new PlaceOrder.Item(sku, 1)));
    }

    private String status(String who, String number) {
        return PaymentFixture.status(orders, who, number);
    }

    private Tender tender(String who, String number, TenderMethod method) {
        return PaymentFixture.tender(payments, who, number, method);
    }

    private String openCashier(String redirect) {
        return PaymentFixture.openCashier(simulator, redirect);
    }
}
