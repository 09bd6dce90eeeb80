package org.emporium.systemtest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.emporium.order.boundary.OrderPage;
import org.emporium.order.boundary.OrderRow;
import org.emporium.order.boundary.OrderTab;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.boundary.ShopperOrders;
import org.emporium.order.boundary.TimelineStep;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.payment.boundary.AccountView;
import org.emporium.payment.boundary.Accounts;
import org.emporium.payment.boundary.GiftCards;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.boundary.TenderChoice;
import org.emporium.payment.entity.PaymentStatus;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.payment.entity.TenderStatus;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.emporium.systemtest.SystemUnderTest;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.emporium.systemtest.payment.AsFinance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shopper's order centre on PostgreSQL: a shopper pages through their own orders under status tabs and never
 * sees, changes, cancels or confirms another's (whose number is as unknown as one that does not exist); cancelling
 * an order partly paid from the shopper's balance and points gives both back through the payment context; receipt
 * is confirmed only once shipped, and only once when two confirm at the same moment; the address changes before shipping within the province, each change in the
 * history. A fully paid order is cancelled by its shopper until the warehouse takes it, every tender given back; a
 * guest's orders become the shopper's who signs in on the guest's browser, and nobody else's ever do. Every order costs 30.00 (a 20.00 pot and 10.00 standard delivery) to Shanghai.
 */
@ExtendWith(ArquillianExtension.class)
class OrderCentreIT {

    static final DeliveryAddress HOME =
            new DeliveryAddress("王小明", "13800138000", "上海市", "上海市", "浦东新区", "世纪大道 100 号", "200120");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                OrderCentreIT.class, OrderFixture.class, AsWarehouseClerk.class, AsFinance.class, AsOrderClerk.class);
    }

    @Inject
    ShopperOrders centre;

    @Inject
    Orders orders;

    @Inject
    Payments payments;

    @Inject
    Accounts accounts;

    @Inject
    GiftCards giftCards;

    @Inject
    OrderFixture fixture;

    @Inject
    AsWarehouseClerk warehouse;

    @Inject
    AsFinance finance;

    @Inject
    AsOrderClerk clerk;

    String sku;
    String shopper;
    String other;

    @BeforeEach
    void aPotOnSale() {
        String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        sku = "OC-" + id;
        shopper = "customer:it-oc-" + id.toLowerCase();
        other = "customer:it-oc-other-" + id.toLowerCase();
        fixture.productOnSale(sku, "20.00");
        warehouse.receive("SH-01", sku, 100);
    }

    @Test
    void a_shopper_pages_through_their_own_orders_newest_first_under_each_tab() {
        SalesOrder first = place(shopper);
        SalesOrder second = place(shopper);
        SalesOrder third = place(shopper);
        place(other);
        orders.paid(second.getNumber(), "it-" + second.getNumber());
        orders.cancel(shopper, third.getNumber(), null);

        OrderPage all = centre.page(shopper, OrderTab.ALL, 0, 2);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.pages()).isEqualTo(2);
        assertThat(all.rows()).extracting(OrderRow::number).containsExactly(third.getNumber(), second.getNumber());
        assertThat(centre.page(shopper, OrderTab.ALL, 1, 2).rows())
                .extracting(OrderRow::number)
                .containsExactly(first.getNumber());
        assertThat(centre.page(shopper, OrderTab.AWAITING_PAYMENT, 0, 10).rows())
                .extracting(OrderRow::number, OrderRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.getNumber(), OrderStatus.AWAITING_PAYMENT));
        assertThat(centre.page(shopper, OrderTab.TO_SHIP, 0, 10).rows())
                .extracting(OrderRow::number)
                .containsExactly(second.getNumber());
        assertThat(centre.page(shopper, OrderTab.ENDED, 0, 10).rows())
                .extracting(OrderRow::number)
                .containsExactly(third.getNumber());
        assertThat(centre.page(shopper, OrderTab.SHIPPED, 0, 10).total()).isZero();
        OrderRow row = all.rows().get(1);
        assertThat(row.payable()).isEqualByComparingTo("30.00");
        assertThat(row.itemCount()).isEqualTo(1);
        assertThat(row.firstNameEn()).isEqualTo("Test Pot " + sku);
    }

    @Test
    void another_shoppers_order_number_is_not_found_for_reading_or_any_action() {
        SalesOrder theirs = place(other);
        String number = theirs.getNumber();

        assertThat(centre.order(shopper, number)).isEmpty();
        assertThat(centre.timeline(shopper, number)).isEmpty();
        assertThat(centre.page(shopper, OrderTab.ALL, 0, 10).rows()).isEmpty();
        assertUnknown(() -> centre.confirmReceipt(shopper, number));
        assertUnknown(() -> centre.changeDelivery(shopper, number, HOME, "mine now"));
        assertUnknown(() -> orders.cancel(shopper, number, null));

        SalesOrder untouched = centre.order(other, number).orElseThrow();
        assertThat(untouched.getStatus()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(untouched.getRemark()).isNull();
        assertThat(untouched.getHistory()).hasSize(theirs.getHistory().size());
    }

    @Test
    void cancelling_an_order_part_paid_from_balance_and_points_gives_both_back() {
        finance.topUp(shopper, "12.00");
        finance.grantPoints(shopper, 500); // worth 5.00
        SalesOrder order = place(shopper);
        payments.pay(
                shopper,
                order.getNumber(),
                List.of(
                        TenderChoice.of(TenderMethod.POINTS),
                        TenderChoice.of(TenderMethod.BALANCE),
                        TenderChoice.of(TenderMethod.ALIPAY)),
                SystemUnderTest.storefrontUrl(),
                false);
        assertThat(payments.payment(shopper, order.getNumber()).orElseThrow().getTenders())
                .filteredOn(t -> t.getMethod() != TenderMethod.ALIPAY)
                .extracting(Tender::getStatus)
                .containsOnly(TenderStatus.HELD);
        assertThat(accounts.account(shopper).availableBalance()).isEqualByComparingTo("0.00");

        SalesOrder cancelled = orders.cancel(shopper, order.getNumber(), "changed my mind");

        assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        Eventually.await(
                "the held balance and points go back",
                Duration.ofSeconds(20),
                () -> payments.payment(shopper, order.getNumber()).orElseThrow().getStatus() == PaymentStatus.ENDED);
        AccountView account = accounts.account(shopper);
        assertThat(account.balance()).isEqualByComparingTo("12.00");
        assertThat(account.availableBalance()).isEqualByComparingTo("12.00");
        assertThat(account.spendablePoints()).isEqualTo(500);
        assertThat(payments.payment(shopper, order.getNumber()).orElseThrow().getTenders())
                .extracting(Tender::getStatus)
                .containsOnly(TenderStatus.RELEASED);
        assertThat(centre.timeline(shopper, order.getNumber())).last().satisfies(step -> {
            assertThat(step.to()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(step.who()).isEqualTo(TimelineStep.Who.YOU);
            assertThat(step.reason()).isEqualTo("changed my mind");
        });
    }

    @Test
    void a_shopper_cancels_a_fully_paid_order_not_yet_allocated_and_every_tender_is_given_back() {
        String code = finance.soldGiftCard("10.00");
        finance.topUp(shopper, "15.00");
        finance.grantPoints(shopper, 500); // worth 5.00
        SalesOrder order = place(shopper);
        payments.pay(
                shopper,
                order.getNumber(),
                List.of(
                        TenderChoice.giftCard(code),
                        TenderChoice.of(TenderMethod.POINTS),
                        TenderChoice.of(TenderMethod.BALANCE)),
                SystemUnderTest.storefrontUrl(),
                false);
        assertThat(centre.order(shopper, order.getNumber()).orElseThrow().getStatus())
                .isEqualTo(OrderStatus.PAID);
        assertThat(giftCards.card(code).available()).isEqualByComparingTo("0.00");
        assertThat(accounts.account(shopper).balance()).isEqualByComparingTo("0.00");

        SalesOrder cancelled = orders.cancel(shopper, order.getNumber(), "found it cheaper");

        assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        Eventually.await(
                "every tender of the paid order is refunded",
                Duration.ofSeconds(30),
                () -> payments.payment(shopper, order.getNumber()).orElseThrow().getTenders().stream()
                        .allMatch(t -> t.getStatus() == TenderStatus.REFUNDED));
        assertThat(payments.payment(shopper, order.getNumber()).orElseThrow().getTenders())
                .extracting(Tender::getMethod)
                .containsExactlyInAnyOrder(TenderMethod.GIFT_CARD, TenderMethod.POINTS, TenderMethod.BALANCE);
        assertThat(giftCards.card(code).available()).isEqualByComparingTo("10.00");
        AccountView account = accounts.account(shopper);
        assertThat(account.balance()).isEqualByComparingTo("15.00");
        assertThat(account.availableBalance()).isEqualByComparingTo("15.00");
        assertThat(account.spendablePoints()).isGreaterThanOrEqualTo(500);
        assertThat(centre.timeline(shopper, order.getNumber())).last().satisfies(step -> {
            assertThat(step.from()).isEqualTo(OrderStatus.PAID);
            assertThat(step.to()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(step.who()).isEqualTo(TimelineStep.Who.YOU);
        });
    }

    @Test
    void an_order_with_the_warehouse_or_shipped_is_not_cancelled_by_the_shopper_and_says_whom_to_ask() {
        SalesOrder order = place(shopper);
        String number = order.getNumber();
        orders.paid(number, "it-" + number);
        clerk.move(number, OrderStatus.ALLOCATED, "picked");

        assertThatThrownBy(() -> orders.cancel(shopper, number, null))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.cancel.tooLate"));
        assertThat(centre.order(shopper, number).orElseThrow().getStatus()).isEqualTo(OrderStatus.ALLOCATED);

        clerk.ship(number, Carrier.YTO, "YT" + digits(13), null);
        assertThatThrownBy(() -> orders.cancel(shopper, number, null))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.cancel.tooLate"));
        assertThat(centre.order(shopper, number).orElseThrow().getStatus()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void a_guests_orders_become_the_shoppers_at_sign_in_with_their_payment_but_never_anybody_elses() {
        String guest = "guest:" + UUID.randomUUID();
        String stranger = "guest:" + UUID.randomUUID();
        String customer = "customer:" + digits(12);
        String code = finance.soldGiftCard("30.00");
        SalesOrder mine = place(guest);
        SalesOrder theirs = place(stranger);
        payments.pay(guest, mine.getNumber(), List.of(TenderChoice.giftCard(code)), "http://localhost", false);
        assertThat(centre.order(customer, mine.getNumber()))
                .as("the 404 before adoption")
                .isEmpty();

        List<String> adopted =
                orders.adopt(guest, customer, List.of(mine.getNumber(), theirs.getNumber(), "26010100000000"));
        payments.adopt(guest, customer, adopted);

        assertThat(adopted).containsExactly(mine.getNumber());
        SalesOrder now = centre.order(customer, mine.getNumber()).orElseThrow();
        assertThat(now.getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(centre.page(customer, OrderTab.ALL, 0, 10).rows())
                .extracting(OrderRow::number)
                .containsExactly(mine.getNumber());
        assertThat(orders.order(guest, mine.getNumber())).isEmpty();
        assertThat(payments.payment(customer, mine.getNumber())).isPresent();
        assertThat(payments.payment(guest, mine.getNumber())).isEmpty();
        assertThat(orders.order(stranger, theirs.getNumber()))
                .as("a number named that is not the guest's stays where it was")
                .isPresent();

        // Whoever knows a number: another guest's browser, a customer's name posing as a guest, a made-up owner.
        String intruder = "customer:" + digits(12);
        assertThat(orders.adopt("guest:" + UUID.randomUUID(), intruder, List.of(mine.getNumber(), theirs.getNumber())))
                .isEmpty();
        assertThat(orders.adopt(customer, intruder, List.of(mine.getNumber()))).isEmpty();
        assertThat(orders.adopt(guest, intruder, List.of(mine.getNumber())))
                .as("adopted once")
                .isEmpty();
        assertThat(orders.adopt(stranger, "guest:" + UUID.randomUUID(), List.of(theirs.getNumber())))
                .isEmpty();
        assertThat(orders.adopt(stranger, "customer:x' OR '1'='1", List.of(theirs.getNumber())))
                .isEmpty();
        payments.adopt("guest:" + UUID.randomUUID(), intruder, List.of(mine.getNumber()));
        assertThat(centre.order(intruder, mine.getNumber())).isEmpty();
        assertThat(payments.payment(intruder, mine.getNumber())).isEmpty();
        assertThat(payments.payment(customer, mine.getNumber())).isPresent();
        assertThat(orders.order(stranger, theirs.getNumber())).isPresent();

        SalesOrder cancelled = orders.cancel(customer, mine.getNumber(), null);
        assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        Eventually.await(
                "the adopted order's gift card is given back",
                Duration.ofSeconds(30),
                () -> giftCards.card(code).available().compareTo(new BigDecimal("30.00")) == 0);
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        b.append(1 + r.nextInt(9));
        while (b.length() < n) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    @Test
    void receipt_is_confirmed_only_once_shipped_and_completes_the_order() {
        SalesOrder order = place(shopper);
        String number = order.getNumber();
        assertThatThrownBy(() -> centre.confirmReceipt(shopper, number))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.receipt.notShipped"));
        orders.paid(number, "it-" + number);
        clerk.move(number, OrderStatus.ALLOCATED, "picked");
        clerk.ship(number, Carrier.SF, "SF1234567890123", "left with the 15:00 pickup");

        SalesOrder received = centre.confirmReceipt(shopper, number);

        assertThat(received.getStatus()).isEqualTo(OrderStatus.COMPLETED);
        List<TimelineStep> timeline = centre.timeline(shopper, number);
        assertThat(timeline)
                .extracting(TimelineStep::to)
                .endsWith(OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED);
        assertThat(timeline.get(timeline.size() - 3).who()).isEqualTo(TimelineStep.Who.SHOP);
        assertThat(timeline.get(timeline.size() - 3).reason())
                .as("staff notes stay inside")
                .isNull();
        assertThat(timeline.get(timeline.size() - 1).who()).isEqualTo(TimelineStep.Who.YOU);
        assertThatThrownBy(() -> centre.confirmReceipt(shopper, number))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.receipt.notShipped"));
    }

    @Test
    void two_confirmations_of_receipt_at_once_complete_the_order_once() throws Exception {
        SalesOrder order = place(shopper);
        String number = order.getNumber();
        orders.paid(number, "it-" + number);
        clerk.move(number, OrderStatus.ALLOCATED, "picked");
        clerk.ship(number, Carrier.SF, "SF1234567890123", "left with the 15:00 pickup");
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return centre.confirmReceipt(shopper, number)
                                .getStatus()
                                .name();
                    } catch (BusinessRuleViolation refused) {
                        return refused.messageKey();
                    } catch (jakarta.ejb.EJBException e) {
                        return e.getCause() instanceof BusinessRuleViolation refused
                                ? refused.messageKey()
                                : e.toString();
                    }
                }));
            }
            start.countDown();
            List<String> results = new java.util.ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("COMPLETED", "order.receipt.notShipped");
        } finally {
            pool.shutdownNow();
        }
        assertThat(centre.timeline(shopper, number))
                .filteredOn(step -> step.to() == OrderStatus.COMPLETED)
                .hasSize(1);
    }

    @Test
    void the_address_and_remark_change_before_shipping_within_the_province_each_change_in_the_history() {
        SalesOrder order = place(shopper);
        String number = order.getNumber();
        DeliveryAddress office = new DeliveryAddress("李四", "139 0000 1111", "上海市", "上海市", "黄浦区", "南京东路 1 号", "200001");

        SalesOrder changed = centre.changeDelivery(shopper, number, office, "ring twice");

        assertThat(changed.address().district()).isEqualTo("黄浦区");
        assertThat(changed.address().phone()).isEqualTo("13900001111");
        assertThat(changed.getRemark()).isEqualTo("ring twice");
        assertThat(centre.timeline(shopper, number))
                .filteredOn(TimelineStep::isDeliveryChange)
                .extracting(TimelineStep::reason)
                .containsExactly(
                        "address changed: 李四 13900001111, 上海市 上海市 黄浦区 南京东路 1 号 200001", "remark changed: ring twice");

        DeliveryAddress beijing = new DeliveryAddress("李四", "13900001111", "北京市", "北京市", "东城区", "王府井大街 1 号", "100006");
        assertThatThrownBy(() -> centre.changeDelivery(shopper, number, beijing, "ring twice"))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.address.otherProvince"));
        DeliveryAddress nowhere = new DeliveryAddress("李四", "13900001111", "上海市", "上海市", "不存在区", "南京东路 1 号", "200001");
        assertThatThrownBy(() -> centre.changeDelivery(shopper, number, nowhere, null))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.address.region.unknown"));

        orders.paid(number, "it-" + number);
        clerk.move(number, OrderStatus.ALLOCATED, "picked");
        clerk.ship(number, Carrier.SF, "SF1234567890123", "left with the 15:00 pickup");
        assertThatThrownBy(() -> centre.changeDelivery(shopper, number, HOME, null))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.delivery.tooLate"));
        assertThat(centre.order(shopper, number).orElseThrow().address().district())
                .isEqualTo("黄浦区");
    }

    private static void assertUnknown(org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.unknown"));
    }

    private SalesOrder place(String who) {
        return orders.place(new PlaceOrder(
                who,
                UUID.randomUUID().toString(),
                null,
                List.of(new PlaceOrder.Item(sku, 1)),
                HOME,
                ShippingMethod.STANDARD,
                null,
                new BigDecimal("30.00")));
    }
}
