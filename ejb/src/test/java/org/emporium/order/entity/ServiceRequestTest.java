package org.emporium.order.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** The service request's state machine, per kind, and the rules on how many units a request may ask for. */
class ServiceRequestTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 5, 8, 0, 0, 0, ZoneOffset.UTC);

    /** Three cups bought for 20.00 after promotions; one already claimed by an earlier request. */
    static final Claimable CUPS = new Claimable(11L, "CUP-1", "杯子", "Cup", 3, 1, new BigDecimal("20.00"));

    static final Claimable POT = new Claimable(12L, "POT-1", "茶壶", "Pot", 1, 0, new BigDecimal("35.50"));

    static ServiceRequest returnOf(Map<Long, Integer> asked) {
        return ServiceRequest.aboutGoods(
                ServiceKind.RETURN,
                "customer:1",
                "26120500001000",
                "CNY",
                List.of(CUPS, POT),
                asked,
                ServiceReason.DAMAGED,
                "the spout is chipped",
                "26120500001000",
                AT);
    }

    static ServiceRequest numbered(ServiceRequest request) throws ReflectiveOperationException {
        Field id = ServiceRequest.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(request, 1050L);
        request.assignNumber();
        return request;
    }

    @Test
    void a_return_runs_from_requested_through_approved_awaiting_and_received_to_refunded_and_closed_each_step_recorded()
            throws Exception {
        ServiceRequest request = numbered(returnOf(Map.of(12L, 1)));
        assertThat(request.getNumber()).isEqualTo("S26120500001050");
        assertThat(request.getRefundNumber()).isEqualTo("SR-S26120500001050");

        request.moveTo(ServiceStatus.APPROVED, "clerk", "photos show the damage", AT.plusHours(1));
        request.moveTo(ServiceStatus.AWAITING_GOODS, "customer:1", "SF 123456", AT.plusHours(2));
        request.moveTo(ServiceStatus.RECEIVED, "clerk", "received into SH-01", AT.plusDays(2));
        request.refunded(new BigDecimal("35.50"), "clerk", "refunded", AT.plusDays(2));
        request.moveTo(ServiceStatus.CLOSED, "clerk", null, AT.plusDays(3));

        assertThat(request.getHistory())
                .extracting(ServiceChange::getFrom, ServiceChange::getTo, ServiceChange::getActor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, ServiceStatus.REQUESTED, "customer:1"),
                        org.assertj.core.groups.Tuple.tuple(ServiceStatus.REQUESTED, ServiceStatus.APPROVED, "clerk"),
                        org.assertj.core.groups.Tuple.tuple(
                                ServiceStatus.APPROVED, ServiceStatus.AWAITING_GOODS, "customer:1"),
                        org.assertj.core.groups.Tuple.tuple(
                                ServiceStatus.AWAITING_GOODS, ServiceStatus.RECEIVED, "clerk"),
                        org.assertj.core.groups.Tuple.tuple(ServiceStatus.RECEIVED, ServiceStatus.REFUNDED, "clerk"),
                        org.assertj.core.groups.Tuple.tuple(ServiceStatus.REFUNDED, ServiceStatus.CLOSED, "clerk"));
        assertThat(request.getHistory().get(1).getReason()).isEqualTo("photos show the damage");
        assertThat(request.getHistory().get(3).getOccurredAt()).isEqualTo(AT.plusDays(2));
        assertThat(request.getRefundedAmount()).isEqualByComparingTo("35.50");
        assertThat(request.getStatus().isFinal()).isTrue();
    }

    @Test
    void moves_the_kind_does_not_allow_are_refused_and_change_nothing() {
        ServiceRequest request = returnOf(Map.of(12L, 1));

        assertThatThrownBy(() -> request.moveTo(ServiceStatus.RECEIVED, "clerk", null, AT))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("service.status.notAllowed");
        assertThatThrownBy(() -> request.refunded(BigDecimal.ONE, "clerk", null, AT))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThat(request.getStatus()).isEqualTo(ServiceStatus.REQUESTED);
        assertThat(request.getHistory()).hasSize(1);
        assertThat(request.getRefundedAmount()).isNull();
    }

    @Test
    void each_kind_has_its_own_road_and_rejected_withdrawn_and_closed_lead_nowhere() {
        assertThat(ServiceStatus.RECEIVED.next(ServiceKind.RETURN)).containsExactly(ServiceStatus.REFUNDED);
        assertThat(ServiceStatus.RECEIVED.next(ServiceKind.EXCHANGE)).containsExactly(ServiceStatus.EXCHANGED);
        assertThat(ServiceStatus.APPROVED.next(ServiceKind.REFUND)).containsExactly(ServiceStatus.REFUNDED);
        assertThat(ServiceStatus.APPROVED.next(ServiceKind.COMPLAINT)).containsExactly(ServiceStatus.CLOSED);
        assertThat(ServiceStatus.REQUESTED.canMoveTo(ServiceKind.REFUND, ServiceStatus.AWAITING_GOODS))
                .isFalse();
        assertThat(ServiceStatus.REQUESTED.canMoveTo(ServiceKind.SUGGESTION, ServiceStatus.CLOSED))
                .isTrue();
        for (ServiceKind kind : ServiceKind.values()) {
            for (ServiceStatus end :
                    EnumSet.of(ServiceStatus.REJECTED, ServiceStatus.WITHDRAWN, ServiceStatus.CLOSED)) {
                assertThat(end.next(kind)).as("%s %s", kind, end).isEmpty();
                assertThat(end.isFinal()).isTrue();
            }
            assertThat(ServiceStatus.REQUESTED.next(kind)).contains(ServiceStatus.WITHDRAWN);
        }
        assertThat(ServiceStatus.REJECTED.claimsGoods()).isFalse();
        assertThat(ServiceStatus.WITHDRAWN.claimsGoods()).isFalse();
        assertThat(ServiceStatus.CLOSED.claimsGoods()).isTrue();
    }

    @Test
    void a_request_asks_for_at_most_what_was_bought_minus_what_earlier_requests_claim() {
        assertThat(CUPS.getLeft()).isEqualTo(2);

        ServiceRequest two = returnOf(Map.of(11L, 2));
        assertThat(two.getLines()).extracting(ServiceLine::getQuantity).containsExactly(2);

        assertThatThrownBy(() -> returnOf(Map.of(11L, 3)))
                .isInstanceOf(BusinessRuleViolation.class)
                .satisfies(e -> {
                    BusinessRuleViolation v = (BusinessRuleViolation) e;
                    assertThat(v.messageKey()).isEqualTo("service.quantity.tooMany");
                    assertThat(v.arguments()).containsExactly("CUP-1", 3, 2);
                });
        assertThatThrownBy(() -> returnOf(Map.of(11L, -1)))
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("service.quantity.positive");
        assertThatThrownBy(() -> returnOf(Map.of(11L, 0)))
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("service.quantity.none");
        assertThatThrownBy(() -> returnOf(Map.of(99L, 1)))
                .as("a line of another order")
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("service.line.unknown");
    }

    @Test
    void the_units_asked_for_carry_their_share_of_what_the_line_paid_and_all_of_them_add_up_to_its_net_total() {
        Claimable fresh = new Claimable(11L, "CUP-1", "杯子", "Cup", 3, 0, new BigDecimal("20.00"));
        Claimable afterOne = new Claimable(11L, "CUP-1", "杯子", "Cup", 3, 1, new BigDecimal("20.00"));
        Claimable afterTwo = new Claimable(11L, "CUP-1", "杯子", "Cup", 3, 2, new BigDecimal("20.00"));

        assertThat(fresh.amountOf(1)).isEqualByComparingTo("6.66");
        assertThat(fresh.amountOf(3)).isEqualByComparingTo("20.00");
        assertThat(fresh.amountOf(1).add(afterOne.amountOf(1)).add(afterTwo.amountOf(1)))
                .isEqualByComparingTo("20.00");

        ServiceRequest both = returnOf(Map.of(11L, 2, 12L, 1));
        assertThat(both.getLines()).extracting(ServiceLine::getSkuCode).containsExactly("CUP-1", "POT-1");
        assertThat(both.getAmount()).isEqualByComparingTo(new BigDecimal("13.34").add(new BigDecimal("35.50")));
    }

    @Test
    void a_reason_that_suits_the_kind_is_required_and_other_needs_words() {
        assertThatThrownBy(() -> ServiceRequest.aboutGoods(
                        ServiceKind.REFUND,
                        "customer:1",
                        "1",
                        "CNY",
                        List.of(POT),
                        Map.of(12L, 1),
                        ServiceReason.DAMAGED,
                        "x",
                        "1",
                        AT))
                .as("nothing is damaged before it ships")
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("service.reason.required");
        assertThatThrownBy(() -> ServiceRequest.aboutGoods(
                        ServiceKind.EXCHANGE,
                        "customer:1",
                        "1",
                        "CNY",
                        List.of(POT),
                        Map.of(12L, 1),
                        ServiceReason.OTHER,
                        " ",
                        "1",
                        AT))
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("service.text.required");
        ServiceRequest refund = ServiceRequest.aboutGoods(
                ServiceKind.REFUND,
                "customer:1",
                "1",
                "CNY",
                List.of(POT),
                Map.of(12L, 1),
                ServiceReason.CHANGED_MIND,
                null,
                "1",
                AT);
        assertThat(refund.getDescription()).isEqualTo("CHANGED_MIND");
    }

    @Test
    void the_thread_takes_replies_from_both_sides_until_the_request_is_over() throws Exception {
        ServiceRequest complaint = numbered(ServiceRequest.words(
                ServiceKind.COMPLAINT, "customer:1", null, "Courier was rude", "He threw the parcel.", AT));
        assertThat(complaint.getRefundNumber()).as("words are never refunded").isNull();

        complaint.reply(true, "clerk", "We are sorry; we spoke to the courier company.", AT.plusHours(1));
        complaint.reply(false, "customer:1", "Thank you.", AT.plusHours(2));
        assertThatThrownBy(() -> complaint.reply(false, "customer:1", "  ", AT))
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("service.reply.required");
        complaint.moveTo(ServiceStatus.CLOSED, "clerk", "answered", AT.plusHours(3));

        assertThat(complaint.getMessages())
                .extracting(ServiceMessage::isFromShop, ServiceMessage::getBody)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, "We are sorry; we spoke to the courier company."),
                        org.assertj.core.groups.Tuple.tuple(false, "Thank you."));
        assertThatThrownBy(() -> complaint.reply(false, "customer:1", "one more thing", AT.plusHours(4)))
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("service.reply.closed");
        assertThatThrownBy(() -> ServiceRequest.words(ServiceKind.SUGGESTION, "customer:1", null, "", "text", AT))
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("service.subject.required");
        assertThatThrownBy(() ->
                        ServiceRequest.words(ServiceKind.SUGGESTION, "customer:1", null, "s", "x".repeat(2001), AT))
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("service.text.size");
    }
}
