package org.emporium.batch.couponexpiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CutoffTest {

    static final Instant NOW = Instant.parse("2026-12-05T02:05:00Z");

    @Test
    void the_cut_off_is_the_moment_given_or_now_and_never_later_than_now() {
        assertThat(Cutoff.of("2026-12-04T00:00:00Z", NOW).toInstant()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(Cutoff.of(null, NOW).toInstant()).isEqualTo(NOW);
        assertThat(Cutoff.of("2027-01-01T00:00:00Z", NOW).toInstant())
                .as("no coupon ends early")
                .isEqualTo(NOW);
    }

    @Test
    void a_cut_off_that_is_not_a_moment_is_refused() {
        assertThatThrownBy(() -> Cutoff.of("tomorrow", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void progress_adds_up_over_the_runs_of_an_instance() {
        assertThat(new ExpiryProgress(5, 2).plus(3).summary()).isEqualTo("EXPIRED coupons=5 of 5");
    }
}
