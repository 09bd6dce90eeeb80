package org.emporium.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(5, Duration.ofSeconds(5), 2.0, Duration.ofSeconds(30));

    @Test
    void each_failure_doubles_the_wait_up_to_the_ceiling() {
        assertThat(backoff.delayAfter(1)).contains(Duration.ofSeconds(5));
        assertThat(backoff.delayAfter(2)).contains(Duration.ofSeconds(10));
        assertThat(backoff.delayAfter(3)).contains(Duration.ofSeconds(20));
        assertThat(backoff.delayAfter(4)).contains(Duration.ofSeconds(30));
    }

    @Test
    void after_the_last_attempt_there_is_no_next_one() {
        assertThat(backoff.delayAfter(5)).isEmpty();
        assertThat(backoff.delayAfter(9)).isEmpty();
    }

    @Test
    void a_single_attempt_policy_dead_letters_at_the_first_failure() {
        assertThat(new Backoff(1, Duration.ZERO, 1.0, Duration.ZERO).delayAfter(1))
                .isEmpty();
    }

    @Test
    void nonsense_policies_are_refused() {
        assertThatThrownBy(() -> new Backoff(0, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(3, Duration.ofSeconds(10), 2.0, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(3, Duration.ofSeconds(1), 0.5, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
