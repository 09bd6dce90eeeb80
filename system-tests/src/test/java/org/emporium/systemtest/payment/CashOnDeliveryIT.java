package org.emporium.systemtest.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emporium.systemtest.payment.PaymentFixture.HOME;
import static org.emporium.systemtest.payment.PaymentFixture.concurrently;
import static org.emporium.systemtest.payment.PaymentFixture.freshId;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.Invoice;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.PaymentMethod;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.payment.boundary.Accounts;
import org.emporium.payment.boundary.Ledger;
import org.emporium.payment.boundary.PaymentStep;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.boundary.RefundAsk;
import org.emporium.payment.boundary.RefundableLine;
import org.emporium.payment.boundary.TenderChoice;
import org.emporium.payment.entity.EntryKind;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.Payment;
import org.emporium.payment.entity.PaymentStatus;
import org.emporium.payment.entity.Refund;
import org.emporium.payment.entity.Subject;
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
 * Cash on delivery on PostgreSQL, and the points a refunded order earned taken back. A 40.00 pot and a 9.50 cup
 * with 10.00 delivery to Shanghai (59.50), paid in cash to the courier: nothing is booked until the order is
 * delivered, then the cash is recorded once (however many record it at the same moment) as a COD payment owed by
 * the courier, and the order earns 59 points; a cancelled order books nothing. Refunds go to the shopper's balance
 * and take back the points in proportion; points already spent become owed. After each, the ledger balances.
 */
@ExtendWith(ArquillianExtension.class)
class CashOnDeliveryIT {

    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");
    static final OrderStatus[] TO_THE_DOOR = {OrderStatus.ALLOCATED, OrderStatus.SHIPPED, OrderStatus.DELIVERED};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                CashOnDeliveryIT.class,
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
    Ledger ledger;

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
        pot = "CDP-" + id;
        cup = "CDC-" + id;
        buyer = "guest:it-cod-" + id.toLowerCase();
        fixture.productOnSale(pot, "40.00");
        fixture.productOnSale(cup, "9.50");
        clerk.receive("SH-01", pot, 100);
        clerk.receive("SH-01", cup, 100);
    }

    @AfterEach
    void theLedgerBalances() {
        assertThat(ledger.balances())
                .as("debits equal credits: %s", ledger.trialBalance())
                .isTrue();
    }

    @Test
    void delivering_a_cash_on_delivery_order_records_its_cash_under_whoever_confirmed_the_delivery() {
        SalesOrder order = codOrder(new PlaceOrder.Item(pot, 1), new PlaceOrder.Item(cup, 1));
        assertThat(order.getPayable()).isEqualByComparingTo("59.50");

        String deliveredBy = orderClerk.move(order.getNumber(), TO_THE_DOOR);

        Payment payment = collected(order);
        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(payment.getTenders())
                .extracting(t -> t.getMethod() + " " + t.getAmount().toPlainString() + " " + t.getStatus())
                .containsExactly("COD 59.50 CAPTURED");
        JournalEntry cash = theCashEntry(order);
        assertThat(cash.getOperator()).isEqualTo(deliveredBy);
        assertThat(accounts.account(buyer).points()).isEqualTo(59);
    }

    @Test
    void recording_the_cash_many_times_at_once_books_it_once() throws Exception {
        SalesOrder order = codOrder(new PlaceOrder.Item(pot, 1), new PlaceOrder.Item(cup, 1));
        assertThatThrownBy(() -> payments.cashCollected(order.getNumber(), "courier-desk"))
                .as("not before the courier has been to the door")
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("payment.cod.notDelivered");
        assertThat(payments.payment(buyer, order.getNumber())).isEmpty();
        orderClerk.move(order.getNumber(), TO_THE_DOOR);

        // the delivery's own event races these too
        List<String> outcomes = concurrently(6, i -> payments.cashCollected(order.getNumber(), "courier-desk"));

        assertThat(outcomes).containsOnly("collected", "duplicate");
        assertThat(outcomes.stream().filter("collected"::equals).count()).isLessThanOrEqualTo(1);
        collected(order);
        assertThat(payments.cashCollected(order.getNumber(), "courier-desk")).isEqualTo("duplicate");
        JournalEntry cash = theCashEntry(order);
        assertThat(cash.getVoucherNumber()).startsWith("V");
        assertThat(cash.getChannel()).isEqualTo("cod");
        assertThat(cash.getSettlementDate())
                .as("the courier remits three days after the delivery")
                .isEqualTo(LocalDate.now(SHOP_ZONE).plusDays(3));
        assertThat(cash.getLines())
                .extracting(l -> l.getSubject() + " " + l.getReference() + " " + l.getDebit() + "/" + l.getCredit())
                .containsExactly(
                        "COURIER_RECEIVABLE cod 59.50/0.00", "ORDER_RECEIPTS " + order.getNumber() + " 0.00/59.50");
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("59.50");
        assertThat(ledger.entries(order.getNumber()))
                .filteredOn(e -> e.getKind() == EntryKind.EARN)
                .hasSize(1);
        assertThat(accounts.account(buyer).points()).as("earned once").isEqualTo(59);
    }

    @Test
    void a_cash_on_delivery_order_cancelled_before_delivery_books_nothing() {
        SalesOrder order = codOrder(new PlaceOrder.Item(pot, 1));

        orderClerk.cancel(order.getNumber());
        payments.orderEnded(order.getNumber(), "order cancelled"); // what the cancellation's event does

        assertThatThrownBy(() -> payments.cashCollected(order.getNumber(), "courier-desk"))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("payment.cod.notDelivered");
        assertThat(payments.payment(buyer, order.getNumber())).isEmpty();
        assertThat(ledger.entries(order.getNumber())).isEmpty();
        assertThat(accounts.account(buyer).points()).isZero();
    }

    @Test
    void refunds_give_the_cash_back_to_the_balance_and_take_back_the_points_in_proportion() {
        SalesOrder order = codOrder(new PlaceOrder.Item(pot, 1), new PlaceOrder.Item(cup, 1));
        orderClerk.move(order.getNumber(), TO_THE_DOOR);
        collected(order);
        Eventually.await(
                "the points are earned",
                Duration.ofSeconds(20),
                () -> accounts.account(buyer).points() == 59);

        Refund part = refund(order, List.of(new RefundAsk(line(order, cup).orderLineId(), null)));

        assertThat(part.getSteps())
                .extracting(s -> s.getMethod() + " " + s.getAmount().toPlainString() + " " + s.getStatus())
                .containsExactly("COD 9.50 DONE");
        assertThat(accounts.account(buyer).balance()).isEqualByComparingTo("9.50");
        assertThat(accounts.account(buyer).points())
                .as("59 × 9.50 / 59.50 = 9.4 points taken back, rounded down")
                .isEqualTo(50);

        Refund rest = refund(
                order,
                refunds.lines(order.getNumber()).stream()
                        .filter(l -> l.getRefundable().signum() > 0)
                        .map(l -> new RefundAsk(l.orderLineId(), null))
                        .toList());

        assertThat(rest.getAmount()).isEqualByComparingTo("50.00");
        assertThat(accounts.account(buyer).balance()).isEqualByComparingTo("59.50");
        assertThat(accounts.account(buyer).points())
                .as("every point the order earned")
                .isZero();
        assertThat(accounts.account(buyer).pointsDebt()).isZero();
        assertThat(PaymentFixture.tender(payments, buyer, order.getNumber(), TenderMethod.COD)
                        .getStatus())
                .isEqualTo(TenderStatus.REFUNDED);
        assertThat(ledger.owed(Subject.ORDER_RECEIPTS, order.getNumber())).isEqualByComparingTo("0.00");
        assertThat(ledger.owed(Subject.CUSTOMER_BALANCE, buyer)).isEqualByComparingTo("59.50");
        assertThat(ledger.owed(Subject.POINTS, buyer)).isEqualByComparingTo("0.00");
        assertThat(ledger.entries(order.getNumber()))
                .filteredOn(e -> e.getKind() == EntryKind.CLAWBACK)
                .extracting(e -> e.totalDebit().toPlainString())
                .containsExactly("0.09", "0.50");
    }

    @Test
    void points_already_spent_are_owed_and_paid_off_by_the_next_points_earned() {
        SalesOrder order = codOrder(new PlaceOrder.Item(pot, 1));
        orderClerk.move(order.getNumber(), TO_THE_DOOR);
        collected(order);
        Eventually.await(
                "the points are earned",
                Duration.ofSeconds(20),
                () -> accounts.account(buyer).points() == 50);
        // the 50 points (0.50) and 19.00 of balance pay a cup: the cup earns 19 points
        finance.topUp(buyer, "19.00");
        SalesOrder cupOrder = orders.place(PaymentFixture.anOrder(buyer, "19.50", new PlaceOrder.Item(cup, 1)));
        PaymentStep paid = payments.pay(
                buyer,
                cupOrder.getNumber(),
                List.of(TenderChoice.of(TenderMethod.POINTS), TenderChoice.of(TenderMethod.BALANCE)),
                SystemUnderTest.storefrontUrl(),
                false);
        assertThat(paid.kind()).isEqualTo(PaymentStep.Kind.PAID);
        assertThat(accounts.account(buyer).points()).isEqualTo(19);

        refund(order, List.of(new RefundAsk(line(order, pot).orderLineId(), null)));
        Refund shipping = refund(order, List.of(new RefundAsk(null, null)));

        assertThat(shipping.getAmount()).isEqualByComparingTo("10.00");
        assertThat(accounts.account(buyer).points())
                .as("the cup's points went first")
                .isZero();
        assertThat(accounts.account(buyer).pointsDebt()).isEqualTo(50 - 19);
        assertThat(ledger.owed(Subject.POINTS_RECEIVABLE, buyer)).isEqualByComparingTo("-0.31");
        assertThat(accounts.account(buyer).balance())
                .as("the refund is not cut")
                .isEqualByComparingTo("50.00");

        finance.grantPoints(buyer, 100);

        assertThat(accounts.account(buyer).pointsDebt()).isZero();
        assertThat(accounts.account(buyer).points()).isEqualTo(100 - 31);
        assertThat(ledger.owed(Subject.POINTS_RECEIVABLE, buyer)).isEqualByComparingTo("0.00");
    }

    private SalesOrder codOrder(PlaceOrder.Item... items) {
        SalesOrder order = orders.place(new PlaceOrder(
                buyer,
                UUID.randomUUID().toString(),
                null,
                Arrays.asList(items),
                HOME,
                ShippingMethod.STANDARD,
                null,
                null,
                null,
                null,
                PaymentMethod.CASH_ON_DELIVERY,
                Invoice.NONE,
                false));
        assertThat(order.getStatus()).isEqualTo(OrderStatus.IN_REVIEW);
        return order;
    }

    /** The order's payment once its cash is recorded. */
    private Payment collected(SalesOrder order) {
        Eventually.await(
                "the cash of " + order.getNumber() + " is recorded",
                Duration.ofSeconds(20),
                () -> payments.payment(buyer, order.getNumber()).isPresent());
        return payments.payment(buyer, order.getNumber()).orElseThrow();
    }

    /** The one entry that books the courier's cash for the order. */
    private JournalEntry theCashEntry(SalesOrder order) {
        List<JournalEntry> captures = ledger.entries(order.getNumber()).stream()
                .filter(e -> e.getKind() == EntryKind.CAPTURE)
                .toList();
        assertThat(captures).hasSize(1);
        JournalEntry cash = captures.get(0);
        assertThat(cash.totalDebit()).isEqualByComparingTo(cash.totalCredit()).isEqualByComparingTo("59.50");
        return cash;
    }

    private Refund refund(SalesOrder order, List<RefundAsk> asks) {
        return refunds.refund(order.getNumber(), "RF-" + UUID.randomUUID(), asks, "returned to the shop");
    }

    private RefundableLine line(SalesOrder order, String sku) {
        return refunds.lines(order.getNumber()).stream()
                .filter(l -> l.label().startsWith(sku + " "))
                .findFirst()
                .orElseThrow();
    }
}
