package org.emporium.crm.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class SegmentTest {

    private static final Instant NOW = Instant.parse("2026-06-30T04:00:00Z");

    private static Segment.Facts shopper(String registered, String lastOrdered, String spent) {
        return new Segment.Facts(
                OffsetDateTime.parse(registered),
                "13800138000",
                lastOrdered == null ? null : OffsetDateTime.parse(lastOrdered),
                spent == null ? null : new BigDecimal(spent));
    }

    @Test
    void everyone_takes_every_shopper_even_one_who_never_bought() {
        assertThat(Segment.everyone().matches(shopper("2026-01-01T00:00:00Z", null, null), NOW))
                .isTrue();
    }

    @Test
    void the_registration_window_counts_whole_days_in_beijing_time() {
        Segment may = new Segment(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), null, null, null, null);

        assertThat(may.matches(shopper("2026-04-30T16:00:00Z", null, null), NOW))
                .as("00:00 on 1 May in Beijing")
                .isTrue();
        assertThat(may.matches(shopper("2026-04-30T15:59:59Z", null, null), NOW))
                .as("23:59:59 on 30 April in Beijing")
                .isFalse();
        assertThat(may.matches(shopper("2026-05-31T15:59:59Z", null, null), NOW))
                .as("the last second of 31 May")
                .isTrue();
        assertThat(may.matches(shopper("2026-05-31T16:00:00Z", null, null), NOW))
                .as("1 June in Beijing")
                .isFalse();
    }

    @Test
    void bought_within_and_not_within_days_tell_active_buyers_from_lapsed_ones() {
        Segment active = new Segment(null, null, 30, null, null, null);
        Segment lapsed = new Segment(null, null, null, 90, null, null);

        var lastWeek = shopper("2025-01-01T00:00:00Z", "2026-06-23T04:00:00Z", "300.00");
        var halfAYearAgo = shopper("2025-01-01T00:00:00Z", "2025-12-30T04:00:00Z", "300.00");
        var never = shopper("2025-01-01T00:00:00Z", null, null);

        assertThat(active.matches(lastWeek, NOW)).isTrue();
        assertThat(active.matches(halfAYearAgo, NOW)).isFalse();
        assertThat(active.matches(never, NOW)).isFalse();
        assertThat(lapsed.matches(lastWeek, NOW)).isFalse();
        assertThat(lapsed.matches(halfAYearAgo, NOW)).isTrue();
        assertThat(lapsed.matches(never, NOW))
                .as("a shopper who never bought has not bought lately")
                .isTrue();
    }

    @Test
    void spent_at_least_is_inclusive_and_a_shopper_who_never_bought_spent_nothing() {
        Segment big = new Segment(null, null, null, null, new BigDecimal("500"), null);

        assertThat(big.matches(shopper("2025-01-01T00:00:00Z", "2026-06-01T00:00:00Z", "500.00"), NOW))
                .isTrue();
        assertThat(big.matches(shopper("2025-01-01T00:00:00Z", "2026-06-01T00:00:00Z", "499.99"), NOW))
                .isFalse();
        assertThat(big.matches(shopper("2025-01-01T00:00:00Z", null, null), NOW))
                .isFalse();
    }

    @Test
    void a_phone_list_is_read_as_staff_paste_it_and_only_those_numbers_match() {
        Segment listed = new Segment(
                null, null, null, null, null, Segment.phoneList("138 0013 8000\n+86 139-0000-0000，13800138000"));

        assertThat(listed.phones()).containsExactly("13800138000", "13900000000");
        assertThat(listed.matches(shopper("2025-01-01T00:00:00Z", null, null), NOW))
                .isTrue();
        assertThat(new Segment(null, null, null, null, null, List.of("13900000000"))
                        .matches(shopper("2025-01-01T00:00:00Z", null, null), NOW))
                .isFalse();
    }

    @Test
    void wrong_criteria_are_refused_with_a_reason() {
        assertThatThrownBy(() -> new Segment(null, null, null, null, null, List.of("12345")))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("crm.segment.phone"));
        assertThatThrownBy(
                        () -> new Segment(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), null, null, null, null))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("crm.segment.dates"));
        assertThatThrownBy(() -> new Segment(null, null, 0, null, null, null))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("crm.segment.days"));
        assertThatThrownBy(() -> new Segment(null, null, null, null, new BigDecimal("-1"), null))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("crm.segment.spent"));
    }

    @Test
    void a_segment_written_as_text_reads_back_the_same() {
        Segment segment = new Segment(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31),
                null,
                60,
                new BigDecimal("199.50"),
                List.of("13800138000", "13900000000"));

        assertThat(Segment.decode(segment.encode())).isEqualTo(segment);
        assertThat(Segment.decode(Segment.everyone().encode())).isEqualTo(Segment.everyone());
        assertThatThrownBy(() -> Segment.decode("orderedWithinDays=many"))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("crm.segment.invalid"));
    }
}
