package org.emporium.merchandising.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime END = START.plusDays(7);

    @Test
    void content_is_live_from_its_start_inclusive_until_its_end_exclusive() {
        Schedule schedule = new Schedule(START, END);

        assertThat(schedule.isLiveAt(START.minusNanos(1))).isFalse();
        assertThat(schedule.isLiveAt(START)).isTrue();
        assertThat(schedule.isLiveAt(END.minusNanos(1))).isTrue();
        assertThat(schedule.isLiveAt(END)).isFalse();
    }

    @Test
    void an_open_side_is_unbounded() {
        assertThat(new Schedule(null, END).isLiveAt(START.minusYears(10))).isTrue();
        assertThat(new Schedule(START, null).isLiveAt(START.plusYears(10))).isTrue();
        assertThat(Schedule.always().isLiveAt(START)).isTrue();
    }

    @Test
    void the_same_instant_in_another_time_zone_is_the_same_instant() {
        Schedule schedule = new Schedule(START, END);

        assertThat(schedule.isLiveAt(START.withOffsetSameInstant(ZoneOffset.ofHours(8))))
                .isTrue();
    }

    @Test
    void an_end_not_after_the_start_is_refused() {
        assertThatThrownBy(() -> new Schedule(START, START).checkRules())
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("merchandising.schedule.endBeforeStart");
    }
}
