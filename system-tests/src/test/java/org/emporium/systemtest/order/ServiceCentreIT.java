package org.emporium.systemtest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.emporium.inventory.boundary.Stock;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.boundary.ServiceAsk;
import org.emporium.order.boundary.ServiceCentre;
import org.emporium.order.boundary.ServiceFilter;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.Claimable;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ServiceChange;
import org.emporium.order.entity.ServiceKind;
import org.emporium.order.entity.ServiceMessage;
import org.emporium.order.entity.ServiceReason;
import org.emporium.order.entity.ServiceRequest;
import org.emporium.order.entity.ServiceStatus;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.payment.boundary.Accounts;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.boundary.TenderChoice;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.systemtest.Deployments;
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
 * The service centre on PostgreSQL: a shopper returns one of two delivered pots with a photo, staff approve, the
 * goods come back onto the shelf and the refund flow gives the pot's price back to the shopper's balance, each step
 * in the request's history; a paid order not yet shipped is refunded after review; a request never asks for more
 * than was bought minus what earlier requests claim; and another shopper neither sees nor touches any of it. Every
 * order is paid from the shopper's balance.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceCentreIT {

    static final DeliveryAddress HOME =
            new DeliveryAddress("王小明", "13800138000", "上海市", "上海市", "浦东新区", "世纪大道 100 号", "200120");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                ServiceCentreIT.class,
                OrderFixture.class,
                AsWarehouseClerk.class,
                AsFinance.class,
                AsOrderClerk.class,
                AsServiceClerk.class);
    }

    @Inject
    ServiceCentre centre;

    @Inject
    Orders orders;

    @Inject
    Payments payments;

    @Inject
    Accounts accounts;

    @Inject
    Stock stock;

    @Inject
    OrderFixture fixture;

    @Inject
    AsWarehouseClerk warehouse;

    @Inject
    AsFinance finance;

    @Inject
    AsOrderClerk clerk;

    @Inject
    AsServiceClerk desk;

    String sku;
    String shopper;
    String other;

    @BeforeEach
    void potsOnSaleAndAShopperWithMoney() {
        String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        sku = "SC-" + id;
        shopper = "customer:it-sc-" + id.toLowerCase();
        other = "customer:it-sc-other-" + id.toLowerCase();
        fixture.productOnSale(sku, "20.00");
        warehouse.receive("SH-01", sku, 100);
        finance.topUp(shopper, "200.00");
    }

    @Test
    void a_returned_pot_is_approved_received_back_on_the_shelf_and_refunded_every_step_recorded() throws IOException {
        SalesOrder order = paidOrderOfTwo();
        BigDecimal left = new BigDecimal("200.00").subtract(order.getPayable());
        assertThat(accounts.account(shopper).balance()).isEqualByComparingTo(left);
        assertThatThrownBy(() -> centre.claimable(shopper, order.getNumber(), ServiceKind.RETURN))
                .as("not delivered yet")
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("service.order.notEligible"));
        deliver(order.getNumber());
        int onShelf = stock.level(sku).onHand();
        Claimable pots =
                centre.claimable(shopper, order.getNumber(), ServiceKind.RETURN).get(0);
        assertThat(pots.getLeft()).isEqualTo(2);

        ServiceRequest asked = centre.open(
                shopper,
                new ServiceAsk(
                        ServiceKind.RETURN,
                        order.getNumber(),
                        ServiceReason.DAMAGED,
                        null,
                        "The lid arrived cracked.",
                        Map.of(pots.orderLineId(), 1),
                        List.of(new ServiceAsk.Photo("C:\\phone\\lid.png", png()))));
        String number = asked.getNumber();

        assertThat(asked.getStatus()).isEqualTo(ServiceStatus.REQUESTED);
        assertThat(asked.getLines()).singleElement().satisfies(l -> {
            assertThat(l.getQuantity()).isEqualTo(1);
            assertThat(l.getAmount()).isEqualByComparingTo("20.00");
        });
        assertThat(centre.photos(shopper, number)).singleElement().satisfies(p -> {
            assertThat(p.fileName()).isEqualTo("lid.png");
            assertThat(centre.photo(shopper, p.id()).orElseThrow().contentType())
                    .isEqualTo("image/png");
        });
        assertThat(centre.claimable(shopper, order.getNumber(), ServiceKind.EXCHANGE)
                        .get(0)
                        .getLeft())
                .isEqualTo(1);
        assertRefused(
                () -> centre.open(shopper, returnOf(order.getNumber(), pots.orderLineId(), 2)),
                "service.quantity.tooMany");
        assertThat(centre.requestsOf(shopper))
                .extracting(ServiceRequest::getNumber)
                .containsExactly(number);
        assertThat(desk.numbers(new ServiceFilter(ServiceStatus.REQUESTED, ServiceKind.RETURN, order.getNumber())))
                .containsExactly(number);

        desk.approve(number, "the photo shows the crack");
        desk.reply(number, "Please send the pot back with SF Express; we pay the postage.");
        centre.reply(shopper, number, "Sent today.");
        centre.goodsSent(shopper, number, "SF 1234567890");
        assertRefused(() -> desk.refund(number), "service.refund.notReady");
        desk.received(number, "SH-01", null);

        assertThat(stock.level(sku).onHand()).as("back on the shelf").isEqualTo(onShelf + 1);

        ServiceRequest refunded = desk.refund(number);

        assertThat(refunded.getStatus()).isEqualTo(ServiceStatus.REFUNDED);
        assertThat(refunded.getRefundedAmount()).isEqualByComparingTo("20.00");
        assertThat(accounts.account(shopper).balance()).isEqualByComparingTo(left.add(new BigDecimal("20.00")));
        assertRefused(() -> desk.refund(number), "service.refund.notReady");
        assertThat(accounts.account(shopper).balance())
                .as("refunded once")
                .isEqualByComparingTo(left.add(new BigDecimal("20.00")));

        ServiceRequest seen = centre.request(shopper, number).orElseThrow();
        assertThat(seen.getHistory())
                .extracting(ServiceChange::getTo)
                .containsExactly(
                        ServiceStatus.REQUESTED,
                        ServiceStatus.APPROVED,
                        ServiceStatus.AWAITING_GOODS,
                        ServiceStatus.RECEIVED,
                        ServiceStatus.REFUNDED);
        assertThat(seen.getHistory())
                .extracting(ServiceChange::getActor)
                .containsExactly(shopper, Orders.ORDER_CLERK, shopper, Orders.ORDER_CLERK, Orders.ORDER_CLERK);
        assertThat(seen.getHistory().get(1).getReason()).isEqualTo("the photo shows the crack");
        assertThat(seen.getMessages())
                .extracting(ServiceMessage::isFromShop, ServiceMessage::getBody)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                true, "Please send the pot back with SF Express; we pay the postage."),
                        org.assertj.core.groups.Tuple.tuple(false, "Sent today."));
    }

    @Test
    void a_refund_before_shipment_is_reviewed_and_given_back_through_the_refund_flow() {
        SalesOrder order = paidOrderOfTwo();
        Claimable pots =
                centre.claimable(shopper, order.getNumber(), ServiceKind.REFUND).get(0);
        assertRefused(
                () -> centre.open(shopper, returnOf(order.getNumber(), pots.orderLineId(), 1)),
                "service.order.notEligible");

        ServiceRequest asked = centre.open(
                shopper,
                new ServiceAsk(
                        ServiceKind.REFUND,
                        order.getNumber(),
                        ServiceReason.ORDERED_BY_MISTAKE,
                        null,
                        null,
                        Map.of(pots.orderLineId(), 1),
                        List.of()));
        assertRefused(() -> desk.refund(asked.getNumber()), "service.refund.notReady");
        desk.approve(asked.getNumber(), null);

        ServiceRequest refunded = desk.refund(asked.getNumber());

        assertThat(refunded.getStatus()).isEqualTo(ServiceStatus.REFUNDED);
        assertThat(refunded.getRefundedAmount()).isEqualByComparingTo("20.00");
        assertThat(accounts.account(shopper).balance())
                .isEqualByComparingTo(new BigDecimal("220.00").subtract(order.getPayable()));
        assertThat(orders.order(shopper, order.getNumber()).orElseThrow().getStatus())
                .as("money, not the order's status")
                .isEqualTo(OrderStatus.PAID);
        assertThat(centre.claimable(shopper, order.getNumber(), ServiceKind.REFUND)
                        .get(0)
                        .getLeft())
                .isEqualTo(1);

        ServiceRequest rejected = centre.open(
                shopper,
                new ServiceAsk(
                        ServiceKind.REFUND,
                        order.getNumber(),
                        ServiceReason.CHANGED_MIND,
                        null,
                        null,
                        Map.of(pots.orderLineId(), 1),
                        List.of()));
        assertRefused(() -> desk.reject(rejected.getNumber(), " "), "service.reason.required");
        desk.reject(rejected.getNumber(), "already packed");
        assertThat(centre.claimable(shopper, order.getNumber(), ServiceKind.REFUND)
                        .get(0)
                        .getLeft())
                .as("a rejected request frees its units")
                .isEqualTo(1);
    }

    @Test
    void another_shopper_neither_sees_nor_touches_a_shoppers_requests_and_orders() throws IOException {
        SalesOrder order = paidOrderOfTwo();
        deliver(order.getNumber());
        long line = centre.claimable(shopper, order.getNumber(), ServiceKind.RETURN)
                .get(0)
                .orderLineId();
        ServiceRequest mine = centre.open(
                shopper,
                new ServiceAsk(
                        ServiceKind.EXCHANGE,
                        order.getNumber(),
                        ServiceReason.SIZE_OR_FIT,
                        null,
                        "Too small.",
                        Map.of(line, 1),
                        List.of(new ServiceAsk.Photo("pot.png", png()))));
        String number = mine.getNumber();
        long photo = centre.photos(shopper, number).get(0).id();

        assertThat(centre.request(other, number)).isEmpty();
        assertThat(centre.requestsOf(other)).isEmpty();
        assertThat(centre.photos(other, number)).isEmpty();
        assertThat(centre.photo(other, photo)).isEmpty();
        assertRefused(() -> centre.reply(other, number, "mine now"), "service.unknown");
        assertRefused(() -> centre.withdraw(other, number), "service.unknown");
        assertRefused(() -> centre.goodsSent(other, number, "x"), "service.unknown");
        assertRefused(() -> centre.claimable(other, order.getNumber(), ServiceKind.RETURN), "order.unknown");
        assertRefused(() -> centre.open(other, returnOf(order.getNumber(), line, 1)), "order.unknown");
        assertRefused(
                () -> centre.open(
                        other,
                        new ServiceAsk(
                                ServiceKind.COMPLAINT, order.getNumber(), null, "Late", "It was late.", null, null)),
                "order.unknown");
        assertThat(centre.requestsOf(other)).as("nothing was left behind").isEmpty();

        ServiceRequest withdrawn = centre.withdraw(shopper, number);
        assertThat(withdrawn.getStatus()).isEqualTo(ServiceStatus.WITHDRAWN);
        assertRefused(() -> centre.reply(shopper, number, "one more"), "service.reply.closed");
        ServiceRequest complaint = centre.open(
                shopper,
                new ServiceAsk(ServiceKind.COMPLAINT, null, null, "Courier", "The courier was rude.", null, null));
        assertThat(complaint.getOrderNumber()).isNull();
        assertThat(centre.requestsOf(shopper))
                .extracting(ServiceRequest::getNumber)
                .containsExactlyInAnyOrder(number, complaint.getNumber());
    }

    private SalesOrder paidOrderOfTwo() {
        SalesOrder order = orders.place(new PlaceOrder(
                shopper,
                UUID.randomUUID().toString(),
                null,
                List.of(new PlaceOrder.Item(sku, 2)),
                HOME,
                ShippingMethod.STANDARD,
                null,
                null));
        payments.pay(
                shopper,
                order.getNumber(),
                List.of(TenderChoice.of(TenderMethod.BALANCE)),
                SystemUnderTest.storefrontUrl(),
                false);
        assertThat(orders.order(shopper, order.getNumber()).orElseThrow().getStatus())
                .isEqualTo(OrderStatus.PAID);
        return order;
    }

    private void deliver(String number) {
        clerk.move(number, OrderStatus.ALLOCATED, "picked");
        clerk.ship(number, Carrier.SF, "SF1234567890123", null);
        clerk.move(number, OrderStatus.DELIVERED, "signed for");
    }

    private static ServiceAsk returnOf(String order, long line, int units) {
        return new ServiceAsk(
                ServiceKind.RETURN, order, ServiceReason.QUALITY, null, "again", Map.of(line, units), List.of());
    }

    private static void assertRefused(ThrowingCallable action, String key) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
