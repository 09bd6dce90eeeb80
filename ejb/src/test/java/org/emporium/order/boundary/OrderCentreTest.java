package org.emporium.order.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.StatusChange;
import org.junit.jupiter.api.Test;

class OrderCentreTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void every_status_is_under_exactly_one_tab_besides_all() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(EnumSet.complementOf(EnumSet.of(OrderTab.ALL)).stream()
                            .filter(t -> t.statuses().contains(status)))
                    .as(status.name())
                    .hasSize(1);
            assertThat(OrderTab.ALL.statuses()).contains(status);
        }
        assertThat(OrderTab.TO_SHIP.statuses())
                .isEqualTo(Set.of(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.IN_REVIEW, OrderStatus.ALLOCATED));
        assertThat(OrderTab.ENDED.statuses()).isEqualTo(Set.of(OrderStatus.CANCELLED, OrderStatus.CLOSED));
    }

    @Test
    void a_tab_named_in_a_request_is_found_whatever_its_case_and_anything_else_shows_all() {
        assertThat(OrderTab.named("shipped")).isEqualTo(OrderTab.SHIPPED);
        assertThat(OrderTab.named(" AWAITING_PAYMENT ")).isEqualTo(OrderTab.AWAITING_PAYMENT);
        assertThat(OrderTab.named("'; DROP TABLE")).isEqualTo(OrderTab.ALL);
        assertThat(OrderTab.named(null)).isEqualTo(OrderTab.ALL);
    }

    @Test
    void a_page_knows_its_neighbours() {
        assertThat(new OrderPage(List.of(), 0, 10, 0).pages()).isEqualTo(1);
        OrderPage first = new OrderPage(List.of(), 0, 10, 21);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        OrderPage last = new OrderPage(List.of(), 2, 10, 21);
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.hasNext()).isFalse();
        assertThat(new OrderPage(List.of(), 0, 10, 10).hasNext()).isFalse();
    }

    @Test
    void the_timeline_says_you_for_the_buyer_and_hides_staff_names_and_notes() throws Exception {
        List<StatusChange> history = List.of(
                change(null, OrderStatus.CREATED, "customer:7", "placed"),
                change(OrderStatus.CREATED, OrderStatus.AWAITING_PAYMENT, "customer:7", "stock reserved"),
                change(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, "payment", "paid: T1"),
                change(OrderStatus.PAID, OrderStatus.ALLOCATED, "zhang.wei", "picker short of staff"),
                change(OrderStatus.ALLOCATED, OrderStatus.ALLOCATED, "customer:7", "remark changed: ring twice"));

        List<TimelineStep> steps = TimelineStep.of("customer:7", history);

        assertThat(steps)
                .extracting(TimelineStep::to, TimelineStep::who, TimelineStep::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.CREATED, TimelineStep.Who.YOU, "placed"),
                        org.assertj.core.groups.Tuple.tuple(
                                OrderStatus.AWAITING_PAYMENT, TimelineStep.Who.YOU, "stock reserved"),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.PAID, TimelineStep.Who.SYSTEM, "paid: T1"),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.ALLOCATED, TimelineStep.Who.SHOP, null),
                        org.assertj.core.groups.Tuple.tuple(
                                OrderStatus.ALLOCATED, TimelineStep.Who.YOU, "remark changed: ring twice"));
        assertThat(steps).extracting(TimelineStep::isDeliveryChange).containsExactly(false, false, false, false, true);
        assertThat(steps.toString()).doesNotContain("zhang.wei");
    }

    @Test
    void another_buyer_in_the_history_is_the_shop_to_this_one() throws Exception {
        List<TimelineStep> steps =
                TimelineStep.of("customer:7", List.of(change(null, OrderStatus.CREATED, "customer:8", "placed")));

        assertThat(steps).singleElement().satisfies(s -> {
            assertThat(s.who()).isEqualTo(TimelineStep.Who.SHOP);
            assertThat(s.reason()).isNull();
        });
    }

    private static StatusChange change(OrderStatus from, OrderStatus to, String actor, String reason) throws Exception {
        Constructor<StatusChange> c = StatusChange.class.getDeclaredConstructor(
                org.emporium.order.entity.SalesOrder.class,
                OrderStatus.class,
                OrderStatus.class,
                String.class,
                String.class,
                OffsetDateTime.class);
        c.setAccessible(true);
        return c.newInstance(null, from, to, actor, reason, AT);
    }
}
