package org.emporium.customer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeRequestsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void the_first_code_goes_at_once() {
        assertThat(CodeRequests.waitBeforeNext(List.of(), NOW)).isEmpty();
    }

    @Test
    void a_second_code_within_a_minute_waits_for_the_rest_of_the_minute() {
        assertThat(CodeRequests.waitBeforeNext(List.of(NOW.minusSeconds(20)), NOW))
                .contains(Duration.ofSeconds(40));
        assertThat(CodeRequests.waitBeforeNext(List.of(NOW.minusSeconds(60)), NOW))
                .isEmpty();
    }

    @Test
    void a_sixth_code_within_an_hour_waits_until_the_oldest_of_the_five_is_an_hour_old() {
        List<OffsetDateTime> five = List.of(
                NOW.minusMinutes(50),
                NOW.minusMinutes(40),
                NOW.minusMinutes(30),
                NOW.minusMinutes(20),
                NOW.minusMinutes(10));

        assertThat(CodeRequests.waitBeforeNext(five, NOW)).contains(Duration.ofMinutes(10));
        assertThat(CodeRequests.waitBeforeNext(five.subList(1, 5), NOW)).isEmpty();
        assertThat(CodeRequests.waitBeforeNext(five, NOW.plusMinutes(10))).isEmpty();
    }
}
