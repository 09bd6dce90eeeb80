package org.emporium.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 12, 0, 0, 0, ZoneOffset.UTC);
    private final RateLimits sms = RateLimits.parse("3/PT1M, 10/PT1H,20/P1D");

    @Test
    void the_configuration_text_reads_as_count_per_window() {
        assertThat(sms.limits())
                .containsExactly(
                        new RateLimits.Limit(3, Duration.ofMinutes(1)),
                        new RateLimits.Limit(10, Duration.ofHours(1)),
                        new RateLimits.Limit(20, Duration.ofDays(1)));
        assertThat(sms.horizon()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void a_fourth_sms_within_a_minute_is_refused_and_allowed_once_the_first_is_a_minute_old() {
        List<OffsetDateTime> three = List.of(NOW.minusSeconds(50), NOW.minusSeconds(20), NOW.minusSeconds(5));

        assertThat(sms.allows(three, NOW)).isFalse();
        assertThat(sms.allows(three, NOW.plusSeconds(11))).isTrue();
    }

    @Test
    void the_hourly_limit_holds_even_when_each_minute_is_quiet() {
        List<OffsetDateTime> tenThisHour = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> NOW.minusMinutes(5L * i + 2))
                .toList();

        assertThat(sms.allows(tenThisHour, NOW)).isFalse();
        assertThat(sms.allows(tenThisHour.subList(0, 9), NOW)).isTrue();
    }

    @Test
    void a_first_message_is_always_allowed_and_no_limits_allow_everything() {
        assertThat(sms.allows(List.of(), NOW)).isTrue();
        assertThat(RateLimits.parse("").allows(List.of(NOW, NOW, NOW), NOW)).isTrue();
    }

    @Test
    void a_malformed_limit_is_refused_at_start_up_not_ignored() {
        assertThatThrownBy(() -> RateLimits.parse("3 per minute")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimits.parse("0/PT1M")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimits.parse("3/1m")).isInstanceOf(RuntimeException.class);
    }
}
