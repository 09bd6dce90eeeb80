package org.emporium.order.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.merchandising.control.OrderPlaced;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.OrderLine;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.order.entity.StatusChange;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

/** The payloads as their consumers read them: merchandising's reader of order.placed is the contract. */
class OrderEventsTest {

    static final OffsetDateTime PLACED = OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.UTC);

    static SalesOrder placedOrder() throws Exception {
        SalesOrder order = new SalesOrder(
                "visitor:v-123",
                "t-1",
                "v-123",
                List.of(
                        new SalesOrder.Item(line(1L, "SHIRT-OX-WH-M", "199.00"), 2),
                        new SalesOrder.Item(line(5L, "PAN-CI-28", "329.00"), 1)),
                new DeliveryAddress("王小明", "13800138000", "上海市", "上海市", "浦东新区", "世纪大道 100 号", "200120"),
                ShippingMethod.STANDARD,
                null,
                PLACED,
                PLACED.plusMinutes(30),
                "visitor:v-123");
        Field id = SalesOrder.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(order, 2000L);
        order.assignNumber();
        return order;
    }

    static OrderLine.LineSnapshot line(long productId, String code, String price) {
        return new OrderLine.LineSnapshot(
                productId, "p" + productId, code, "名", "Name", "规格", "Spec", null, null, Money.cny(price), null);
    }

    @Test
    void order_placed_is_read_by_merchandising_as_the_events_table_describes() throws Exception {
        DomainEvent event = OrderEvents.placed(placedOrder());

        OrderPlaced read = OrderPlaced.parse(event.payload());

        assertThat(event.type()).isEqualTo("order.placed");
        assertThat(event.aggregateType()).isEqualTo("order");
        assertThat(event.aggregateId()).isEqualTo("2000");
        assertThat(read.orderId()).isEqualTo("2000");
        assertThat(read.placedAt()).isEqualTo(PLACED);
        assertThat(read.visitorId()).contains("v-123");
        assertThat(read.lines())
                .containsExactly(
                        new OrderPlaced.Line(1L, "SHIRT-OX-WH-M", 2), new OrderPlaced.Line(5L, "PAN-CI-28", 1));
    }

    @Test
    void a_status_change_says_from_where_to_where_who_and_why() throws Exception {
        SalesOrder order = placedOrder();
        StatusChange change = order.moveTo(OrderStatus.AWAITING_PAYMENT, "visitor:v-123", "stock reserved", PLACED);

        JsonObject payload = Json.createReader(new StringReader(
                        OrderEvents.statusChanged(order, change).payload()))
                .readObject();

        assertThat(payload.getString("from")).isEqualTo("CREATED");
        assertThat(payload.getString("to")).isEqualTo("AWAITING_PAYMENT");
        assertThat(payload.getString("actor")).isEqualTo("visitor:v-123");
        assertThat(payload.getString("reason")).isEqualTo("stock reserved");
        assertThat(payload.getString("orderNumber")).isEqualTo(order.getNumber());
    }
}
