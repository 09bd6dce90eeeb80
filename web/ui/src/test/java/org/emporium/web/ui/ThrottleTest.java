package org.emporium.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThrottleTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_burst_passes_then_a_flood_is_refused_until_the_bucket_refills() {
        Throttle throttle = new Throttle(3, 1.0, 0);

        assertThat(throttle.allow(0)).isTrue();
        assertThat(throttle.allow(0)).isTrue();
        assertThat(throttle.allow(0)).isTrue();
        assertThat(throttle.allow(0)).isFalse();
        assertThat(throttle.allow(SECOND / 2)).isFalse();
        assertThat(throttle.allow(SECOND + SECOND / 10)).isTrue();
        assertThat(throttle.allow(100 * SECOND)).isTrue();
    }
}
