package org.emporium.systemtest.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.emporium.cart.boundary.CartView;
import org.emporium.cart.boundary.Carts;
import org.emporium.inventory.boundary.Stock;
import org.emporium.inventory.boundary.StockRequest;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.DeliverySlot;
import org.emporium.order.entity.Invoice;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.PaymentMethod;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.order.entity.ShippingRule;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.emporium.systemtest.order.AsOrderClerk;
import org.emporium.systemtest.order.OrderFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A guest's cart on PostgreSQL against the real catalogue and stock. */
@ExtendWith(ArquillianExtension.class)
class CartIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CartIT.class, OrderFixture.class, AsWarehouseClerk.class, AsOrderClerk.class);
    }

    @Inject
    Carts carts;

    @Inject
    Stock stock;

    @Inject
    OrderFixture fixture;

    @Inject
    AsWarehouseClerk clerk;

    @Inject
    Orders orders;

    @Inject
    AsOrderClerk orderClerk;

    String sku;
    String guest;

    @BeforeEach
    void aProductWithFiveInStock() {
        sku = "CART-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        guest = "guest:" + UUID.randomUUID();
        fixture.productOnSale(sku, "30.00");
        clerk.receive("SH-01", sku, 5);
    }

    @Test
    void a_guest_adds_what_is_in_stock_and_is_refused_beyond_it() {
        assertThat(carts.add(guest, sku, 3)).isEqualTo(3);

        assertThatThrownBy(() -> carts.add(guest, sku, 3)).isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
            assertThat(e.messageKey()).isEqualTo("cart.stock.insufficient");
            assertThat(e.arguments()).containsExactly(sku, 5);
        });
        CartView cart = carts.view(guest, Locale.ENGLISH);
        assertThat(cart.count()).isEqualTo(3);
        assertThat(cart.itemsTotal()).isEqualTo(Money.cny("90.00"));
        assertThat(cart.items()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Test Pot " + sku);
            assertThat(i.notice()).isEqualTo(CartView.Notice.NONE);
        });
        assertThat(carts.count(guest)).isEqualTo(3);
    }

    @Test
    void a_price_change_since_adding_is_shown_until_the_shopper_acknowledges_it() {
        carts.add(guest, sku, 1);

        fixture.reprice(sku, "35.00");

        CartView cart = carts.view(guest, Locale.ENGLISH);
        assertThat(cart.items().get(0).notice()).isEqualTo(CartView.Notice.PRICE_UP);
        assertThat(cart.items().get(0).seenPrice()).isEqualTo(Money.cny("30.00"));
        assertThat(cart.itemsTotal()).isEqualTo(Money.cny("35.00"));
        carts.acknowledgePrices(guest);
        assertThat(carts.view(guest, Locale.ENGLISH).items().get(0).notice()).isEqualTo(CartView.Notice.NONE);
    }

    @Test
    void stock_sold_to_others_meanwhile_shows_on_the_cart_and_blocks_checkout_until_the_quantity_comes_down() {
        carts.add(guest, sku, 4);

        stock.reserve("it-cart:" + sku, List.of(new StockRequest(sku, 3)));

        CartView cart = carts.view(guest, Locale.ENGLISH);
        assertThat(cart.items().get(0).notice()).isEqualTo(CartView.Notice.SHORT);
        assertThat(cart.items().get(0).available()).isEqualTo(2);
        assertThat(cart.readyForCheckout()).isFalse();
        carts.change(guest, sku, 2);
        assertThat(carts.view(guest, Locale.ENGLISH).readyForCheckout()).isTrue();

        stock.reserve("it-cart2:" + sku, List.of(new StockRequest(sku, 2)));
        assertThat(carts.view(guest, Locale.ENGLISH).items().get(0).notice()).isEqualTo(CartView.Notice.UNAVAILABLE);
    }

    @Test
    void a_guest_cart_merged_into_a_shoppers_cart_is_gone_and_its_lines_are_kept() {
        String member = "customer:" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        carts.add(guest, sku, 2);

        assertThat(carts.merge(guest, member)).isEmpty();

        assertThat(carts.count(guest)).isZero();
        assertThat(carts.count(member)).isEqualTo(2);
    }

    @Test
    void merging_at_sign_in_adds_the_quantities_up_to_the_stock_and_says_what_came_short() {
        String member = "customer:" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        carts.add(member, sku, 3);
        carts.add(guest, sku, 4);

        List<Carts.Unmerged> unmerged = carts.merge(guest, member);

        assertThat(carts.count(member)).as("5 in stock").isEqualTo(5);
        assertThat(unmerged).containsExactly(new Carts.Unmerged(sku, 7, 5));
        assertThat(carts.count(guest)).isZero();
    }

    @Test
    void a_line_saved_for_later_is_not_bought_with_the_cart_and_comes_back_while_in_stock() {
        carts.add(guest, sku, 2);

        carts.saveForLater(guest, sku);

        CartView cart = carts.view(guest, Locale.ENGLISH);
        assertThat(cart.items()).isEmpty();
        assertThat(cart.saved())
                .singleElement()
                .satisfies(i -> assertThat(i.quantity()).isEqualTo(2));
        assertThat(carts.count(guest)).isZero();
        carts.removeOrdered(guest, List.of(sku));
        assertThat(carts.view(guest, Locale.ENGLISH).saved()).hasSize(1);

        stock.reserve("it-saved:" + sku, List.of(new StockRequest(sku, 4)));
        assertThatThrownBy(() -> carts.moveToCart(guest, sku))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cart.stock.insufficient"));
        stock.release("it-saved:" + sku, "test");
        carts.moveToCart(guest, sku);
        assertThat(carts.count(guest)).isEqualTo(2);
    }

    @Test
    void the_checkout_rules_hold_at_submit_whatever_the_page_offered_and_a_refusal_holds_no_stock() {
        refused(order(1, "新疆维吾尔自治区", "乌鲁木齐市", "天山区", PaymentMethod.CASH_ON_DELIVERY, null), "order.payment.notOffered");
        refused(order(1, "上海市", "上海市", "朝阳区", PaymentMethod.ONLINE, null), "order.address.region.unknown");
        fixture.reprice(sku, "500.00");
        refused(order(5, "上海市", "上海市", "浦东新区", PaymentMethod.CASH_ON_DELIVERY, null), "order.payment.notOffered");
        refused(
                new PlaceOrder(
                        "visitor:" + UUID.randomUUID(),
                        "t-" + UUID.randomUUID(),
                        null,
                        List.of(new PlaceOrder.Item(sku, 1)),
                        shanghai("上海市", "浦东新区"),
                        ShippingMethod.STANDARD,
                        null,
                        null,
                        null,
                        null,
                        PaymentMethod.ONLINE,
                        new Invoice(Invoice.Kind.COMPANY, Invoice.Medium.PAPER, "某某有限公司", "91350100M000100Y42"),
                        false),
                "order.invoice.taxId");
        assertThat(stock.level(sku).available())
                .as("nothing was held by a refused order")
                .isEqualTo(5);

        SalesOrder cod = orders.place(order(3, "上海市", "上海市", "浦东新区", PaymentMethod.CASH_ON_DELIVERY, null));

        assertThat(cod.getStatus())
                .as("cash on delivery goes to review, not to awaiting payment")
                .isEqualTo(OrderStatus.IN_REVIEW);
        assertThat(cod.getItemsTotal()).isEqualByComparingTo("1500.00");
        assertThat(cod.getDistrictCode()).isEqualTo("310115");
        assertThat(cod.isGift()).isTrue();
        assertThat(cod.getRemark()).isEqualTo("请放门卫");
        assertThat(orderClerk.order(cod.getNumber()).invoice())
                .isEqualTo(new Invoice(Invoice.Kind.COMPANY, Invoice.Medium.PAPER, "某某有限公司", "91350100M000100Y43"));
        assertThat(stock.level(sku).available()).isEqualTo(2);
    }

    @Test
    void a_shipping_rule_set_in_the_back_office_prices_orders_to_its_province_by_weight_and_value() {
        ShippingRule qinghai = orderClerk.addShippingRule(ShippingMethod.STANDARD, "630000", "15.00", "200.00");
        try {
            SalesOrder there = orders.place(order(2, "青海省", "西宁市", "城东区", PaymentMethod.ONLINE, null));
            SalesOrder elsewhere = orders.place(order(2, "上海市", "上海市", "浦东新区", PaymentMethod.ONLINE, null));

            assertThat(there.getShippingFee()).isEqualByComparingTo("15.00");
            assertThat(there.getItemsTotal().add(there.getShippingFee())).isEqualByComparingTo("75.00");
            assertThat(elsewhere.getShippingFee()).as("the nationwide rule").isEqualByComparingTo("10.00");
        } finally {
            orderClerk.shippingRuleActive(qinghai.getId(), false);
        }
        SalesOrder after = orders.place(order(1, "青海省", "西宁市", "城东区", PaymentMethod.ONLINE, null));
        assertThat(after.getShippingFee()).as("a stopped rule prices nothing").isEqualByComparingTo("10.00");
    }

    @Test
    void concurrent_buyers_never_overbook_a_delivery_slot_and_a_cancelled_order_gives_its_booking_back()
            throws Exception {
        clerk.receive("SH-01", sku, 20);
        DeliverySlot slot = orderClerk.addSlot("10:00", "11:00", 0, 3);
        LocalDate tomorrow = LocalDate.now(DeliverySlot.SHOP_ZONE).plusDays(1);
        PlaceOrder.Delivery delivery = new PlaceOrder.Delivery(slot.getId(), tomorrow);
        try {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SalesOrder>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return orders.place(order(1, "上海市", "上海市", "浦东新区", PaymentMethod.ONLINE, delivery));
                }));
            }
            start.countDown();
            List<SalesOrder> placed = new ArrayList<>();
            int full = 0;
            for (Future<SalesOrder> f : futures) {
                try {
                    placed.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(ruleOf(e)).isEqualTo("order.slot.full");
                    full++;
                }
            }
            pool.shutdown();
            assertThat(placed).hasSize(3);
            assertThat(full).isEqualTo(5);
            assertThat(placed).allSatisfy(o -> {
                assertThat(o.getDeliveryDate()).isEqualTo(tomorrow);
                assertThat(o.getDeliveryWindow()).isEqualTo("10:00–11:00");
            });

            orderClerk.move(placed.get(0).getNumber(), OrderStatus.CANCELLED, "test");
            SalesOrder again = orders.place(order(1, "上海市", "上海市", "浦东新区", PaymentMethod.ONLINE, delivery));
            assertThat(again.getDeliverySlotId()).isEqualTo(slot.getId());
            refused(order(1, "上海市", "上海市", "浦东新区", PaymentMethod.ONLINE, delivery), "order.slot.full");
        } finally {
            orderClerk.slotActive(slot.getId(), false);
        }
        refused(order(1, "上海市", "上海市", "浦东新区", PaymentMethod.ONLINE, delivery), "order.slot.closed");
    }

    private PlaceOrder order(
            int quantity, String province, String city, String district, PaymentMethod method, PlaceOrder.Delivery d) {
        return new PlaceOrder(
                "visitor:" + UUID.randomUUID(),
                "t-" + UUID.randomUUID(),
                null,
                List.of(new PlaceOrder.Item(sku, quantity)),
                new DeliveryAddress("王五", "021-6234 5678", province, city, district, "某路 1 号", "200120"),
                ShippingMethod.STANDARD,
                "请放门卫",
                null,
                null,
                d,
                method,
                new Invoice(Invoice.Kind.COMPANY, Invoice.Medium.PAPER, "某某有限公司", "91350100m000100y43"),
                true);
    }

    private static DeliveryAddress shanghai(String city, String district) {
        return new DeliveryAddress("王五", "13600001111", "上海市", city, district, "某路 1 号", "200120");
    }

    private void refused(PlaceOrder order, String rule) {
        assertThatThrownBy(() -> orders.place(order))
                .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(rule));
    }

    private static String ruleOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessRuleViolation v) {
                return v.messageKey();
            }
        }
        return String.valueOf(e);
    }
}
