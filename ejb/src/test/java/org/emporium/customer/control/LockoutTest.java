package org.emporium.customer.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.emporium.customer.control.Lockout.Attempt;
import org.junit.jupiter.api.Test;

class LockoutTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 6, 2, 0, 0, 0, ZoneOffset.UTC);
    final Lockout lockout = new Lockout(5, 20, Duration.ofMinutes(15));

    @Test
    void four_wrong_passwords_still_let_the_shopper_try_again() {
        assertThat(lockout.lockedUntil(failures(4, 1), List.of(), NOW)).isEmpty();
    }

    @Test
    void the_fifth_failure_locks_the_login_until_the_oldest_of_the_five_leaves_the_window() {
        List<Attempt> five = failures(5, 1); // one a minute: the oldest 4 minutes ago

        assertThat(lockout.lockedUntil(five, List.of(), NOW))
                .contains(NOW.minusMinutes(4).plusMinutes(15));
    }

    @Test
    void a_lock_ends_by_itself_once_the_failures_are_older_than_the_window() {
        List<Attempt> old = failures(5, 4); // 4, 8, 12, 16, 20 minutes ago: two left the window

        assertThat(lockout.lockedUntil(old, List.of(), NOW)).isEmpty();
    }

    @Test
    void a_success_wipes_the_failures_before_it() {
        List<Attempt> attempts = new ArrayList<>(failures(4, 2));
        attempts.add(new Attempt(NOW.minusSeconds(30), true));
        attempts.add(new Attempt(NOW.minusSeconds(10), false));

        assertThat(lockout.lockedUntil(attempts, List.of(), NOW)).isEmpty();
    }

    @Test
    void an_address_guessing_many_logins_is_locked_whatever_the_logins() {
        assertThat(lockout.lockedUntil(List.of(), failures(20, 0), NOW)).isPresent();
        assertThat(lockout.lockedUntil(List.of(), failures(19, 0), NOW)).isEmpty();
    }

    @Test
    void the_later_of_two_locks_is_the_one_said() {
        List<Attempt> login = failures(5, 1); // until 11 minutes from now
        List<Attempt> address = failures(20, 0); // until 15 minutes from now (all at NOW)

        assertThat(lockout.lockedUntil(login, address, NOW)).contains(NOW.plusMinutes(15));
    }

    @Test
    void a_lockout_must_allow_one_failure_and_have_a_window() {
        assertThatThrownBy(() -> new Lockout(0, 20, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lockout(5, 20, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code count} failures, the newest now, each {@code minutesApart} before the next. */
    private static List<Attempt> failures(int count, int minutesApart) {
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            attempts.add(new Attempt(NOW.minusMinutes((long) i * minutesApart), false));
        }
        return attempts;
    }
}
