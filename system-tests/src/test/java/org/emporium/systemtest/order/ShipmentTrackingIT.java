package org.emporium.systemtest.order;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.emporium.order.boundary.CarrierSimulator;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.boundary.ShipmentTracking;
import org.emporium.order.boundary.ShopperOrders;
import org.emporium.order.boundary.TimelineStep;
import org.emporium.order.boundary.Tracking;
import org.emporium.order.control.TrackingPoller;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.order.entity.StatusChange;
import org.emporium.order.entity.TrackingStage;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logistics tracking through the local Kuaidi100-style simulator, over HTTP with signed queries: a shipped
 * order's parcel is told as the carrier tells it, newest first, to its shopper only; a carrier that refuses or is
 * down leaves the last events in place; the carrier's "signed for" moves the order to DELIVERED, in its history as
 * the system's doing, and the shopper then completes it. The tracking timer asks first about parcels never asked.
 */
@ExtendWith(ArquillianExtension.class)
class ShipmentTrackingIT {

    static final DeliveryAddress HOME =
            new DeliveryAddress("王小明", "13800138000", "上海市", "上海市", "浦东新区", "世纪大道 100 号", "200120");
    static final Duration STEP = Duration.ofHours(2);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                ShipmentTrackingIT.class, OrderFixture.class, AsWarehouseClerk.class, AsOrderClerk.class);
    }

    @Inject
    Orders orders;

    @Inject
    ShopperOrders centre;

    @Inject
    ShipmentTracking tracking;

    @Inject
    CarrierSimulator simulator;

    @Inject
    TrackingPoller poller;

    @Inject
    OrderFixture fixture;

    @Inject
    AsWarehouseClerk warehouse;

    @Inject
    AsOrderClerk clerk;

    String sku;
    String shopper;

    @BeforeEach
    void aPotOnSale() {
        String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        sku = "TR-" + id;
        shopper = "customer:it-tr-" + id.toLowerCase();
        fixture.productOnSale(sku, "20.00");
        warehouse.receive("SH-01", sku, 10);
        simulator.behave(STEP, CarrierSimulator.Failure.NONE);
    }

    @AfterEach
    void simulatorAnswersAgain() {
        simulator.behave(Duration.ofMinutes(10), CarrierSimulator.Failure.NONE);
    }

    @Test
    void a_parcel_is_told_as_the_carrier_tells_it_and_its_signing_for_delivers_the_order() {
        String number = shippedOrder();
        String waybill = centre.order(shopper, number).orElseThrow().getTrackingNumber();
        assertThat(centre.order(shopper, number).orElseThrow().getTrackingCheckedAt())
                .isNull();

        poller.poll(OffsetDateTime.now(ZoneOffset.UTC));

        assertThat(centre.order(shopper, number).orElseThrow().getTrackingCheckedAt())
                .as("a parcel never asked about is asked first by the timer")
                .isNotNull();
        Tracking collected = tracking.of(shopper, number).orElseThrow();

        assertThat(collected.carrier()).isEqualTo(Carrier.ZTO);
        assertThat(collected.trackingNumber()).isEqualTo(waybill);
        assertThat(collected.unavailable()).isFalse();
        assertThat(collected.steps()).extracting(Tracking.Step::stage).containsExactly(TrackingStage.COLLECTED);
        assertThat(collected.checkedAt()).isNotNull();
        assertThat(tracking.of("customer:it-tr-someone-else", number))
                .as("nobody else's")
                .isEmpty();

        simulator.advance(Carrier.ZTO, waybill, STEP.multipliedBy(3).plusMinutes(1));
        assertThat(clerk.askCarrier(number)).isTrue();
        Tracking onTheWay = tracking.of(shopper, number).orElseThrow();

        assertThat(onTheWay.steps())
                .extracting(Tracking.Step::stage)
                .containsExactly(
                        TrackingStage.OUT_FOR_DELIVERY,
                        TrackingStage.IN_TRANSIT,
                        TrackingStage.IN_TRANSIT,
                        TrackingStage.COLLECTED);
        assertThat(onTheWay.steps().get(1).description())
                .as("the destination city's hub")
                .contains("上海市转运中心");
        assertThat(centre.order(shopper, number).orElseThrow().getStatus()).isEqualTo(OrderStatus.SHIPPED);

        simulator.advance(Carrier.ZTO, waybill, STEP);
        simulator.behave(STEP, CarrierSimulator.Failure.REFUSING);
        assertThat(clerk.askCarrier(number)).as("the service refuses").isFalse();
        simulator.behave(STEP, CarrierSimulator.Failure.DOWN);
        assertThat(clerk.askCarrier(number)).as("the service is down").isFalse();
        assertThat(tracking.of(shopper, number).orElseThrow().steps())
                .as("the last answer stays")
                .hasSize(4);
        assertThat(centre.order(shopper, number).orElseThrow().getStatus()).isEqualTo(OrderStatus.SHIPPED);

        simulator.behave(STEP, CarrierSimulator.Failure.NONE);
        assertThat(clerk.askCarrier(number)).isTrue();

        SalesOrder delivered = centre.order(shopper, number).orElseThrow();
        assertThat(delivered.getStatus()).isEqualTo(OrderStatus.DELIVERED);
        StatusChange last = delivered.getHistory().get(delivered.getHistory().size() - 1);
        assertThat(last.getFrom()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(last.getActor()).isEqualTo("carrier");
        assertThat(last.getReason()).startsWith("signed for: ").contains("签收");
        assertThat(centre.timeline(shopper, number)).last().satisfies(step -> {
            assertThat(step.to()).isEqualTo(OrderStatus.DELIVERED);
            assertThat(step.who()).isEqualTo(TimelineStep.Who.SYSTEM);
        });
        assertThat(tracking.of(shopper, number).orElseThrow().latest()).isEqualTo(TrackingStage.DELIVERED);
        assertThat(clerk.askCarrier(number))
                .as("signed for: nothing more to ask")
                .isTrue();
        assertThat(centre.order(shopper, number).orElseThrow().getHistory())
                .filteredOn(c -> c.getTo() == OrderStatus.DELIVERED)
                .hasSize(1);

        assertThat(centre.confirmReceipt(shopper, number).getStatus()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void an_order_not_shipped_with_a_tracking_number_has_no_tracking() {
        SalesOrder order = place();

        assertThat(tracking.of(shopper, order.getNumber())).isEmpty();
    }

    private String shippedOrder() {
        SalesOrder order = place();
        String number = order.getNumber();
        orders.paid(number, "it-" + number);
        clerk.move(number, OrderStatus.ALLOCATED, "picked");
        clerk.ship(number, Carrier.ZTO, "73" + digits(10), null);
        return number;
    }

    private SalesOrder place() {
        return orders.place(new PlaceOrder(
                shopper,
                UUID.randomUUID().toString(),
                null,
                List.of(new PlaceOrder.Item(sku, 1)),
                HOME,
                ShippingMethod.STANDARD,
                null,
                new BigDecimal("30.00")));
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder();
        while (b.length() < n) {
            b.append(ThreadLocalRandom.current().nextInt(10));
        }
        return b.toString();
    }
}
