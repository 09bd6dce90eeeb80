package org.emporium.admin.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emporium.admin.entity.LoginAttempt;
import org.junit.jupiter.api.Test;

class LoginPolicyTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2024, 5, 20, 9, 30, 0, 0, ZoneOffset.UTC);
    static final String HOME = "198.51.100.7";

    final LoginPolicy policy = new LoginPolicy(5, 20, Duration.ofMinutes(15));
    final List<LoginAttempt> attempts = new ArrayList<>();

    @Test
    void four_wrong_passwords_still_leave_the_fifth_try() {
        failures("alice", HOME, 4, NOW.minusMinutes(4));

        assertThat(lockedUntil("alice", HOME)).isEmpty();
    }

    @Test
    void the_sixth_wrong_password_within_the_window_is_refused_before_the_password_is_checked() {
        failures("alice", HOME, 5, NOW.minusMinutes(10));

        assertThat(lockedUntil("alice", HOME))
                .as("locked until the oldest of the five failures is 15 minutes old")
                .contains(NOW.minusMinutes(10).plusMinutes(15));
    }

    @Test
    void a_locked_name_is_locked_from_every_address() {
        failures("alice", HOME, 5, NOW.minusMinutes(10));

        assertThat(lockedUntil("alice", "203.0.113.9")).isPresent();
    }

    @Test
    void the_name_is_counted_whatever_its_case_or_the_spaces_around_it() {
        failures("Alice", HOME, 3, NOW.minusMinutes(5));
        failures(" ALICE ", HOME, 2, NOW.minusMinutes(2));

        assertThat(lockedUntil("alice", HOME)).isPresent();
    }

    @Test
    void a_success_before_the_limit_starts_the_count_again() {
        failures("alice", HOME, 4, NOW.minusMinutes(10));
        attempts.add(new LoginAttempt("alice", HOME, true, NOW.minusMinutes(5)));
        failures("alice", HOME, 4, NOW.minusMinutes(4));

        assertThat(lockedUntil("alice", HOME)).isEmpty();
    }

    @Test
    void the_lock_ends_by_itself_when_the_failures_have_left_the_window() {
        failures("alice", HOME, 5, NOW.minusMinutes(20));

        assertThat(lockedUntil("alice", HOME)).isEmpty();
    }

    @Test
    void the_lock_ends_once_fewer_failures_than_the_limit_remain_in_the_window() {
        failures("alice", HOME, 3, NOW.minusMinutes(14));
        failures("alice", HOME, 3, NOW.minusMinutes(2));

        assertThat(lockedUntil("alice", HOME))
                .as("six failures; the lock lasts until only four remain, when the second oldest leaves")
                .contains(NOW.minusMinutes(14).plusSeconds(1).plusMinutes(15));
        assertThat(policy.lockedUntil(attempts, attempts, NOW.plusMinutes(2))).isEmpty();
    }

    @Test
    void other_users_are_not_affected_by_a_locked_name() {
        failures("alice", HOME, 5, NOW.minusMinutes(10));

        assertThat(lockedUntil("bob", HOME)).isEmpty();
    }

    @Test
    void one_address_trying_many_names_is_refused_after_twenty_failures() {
        for (int i = 0; i < 20; i++) {
            attempts.add(new LoginAttempt(
                    "name" + i, HOME, false, NOW.minusMinutes(12).plusSeconds(i)));
        }

        assertThat(lockedUntil("someone-new", HOME))
                .contains(NOW.minusMinutes(12).plusMinutes(15));
        assertThat(lockedUntil("someone-new", "203.0.113.9"))
                .as("the same name from another address")
                .isEmpty();
    }

    @Test
    void a_success_from_an_address_does_not_reset_its_count() {
        for (int i = 0; i < 19; i++) {
            attempts.add(new LoginAttempt("name" + i, HOME, false, NOW.minusMinutes(12)));
        }
        attempts.add(new LoginAttempt("mallory", HOME, true, NOW.minusMinutes(3)));
        attempts.add(new LoginAttempt("name19", HOME, false, NOW.minusMinutes(2)));

        assertThat(lockedUntil("mallory", HOME)).isPresent();
    }

    @Test
    void the_later_of_two_locks_is_the_one_that_counts() {
        for (int i = 0; i < 20; i++) {
            attempts.add(new LoginAttempt("name" + i, HOME, false, NOW.minusMinutes(14)));
        }
        failures("alice", "203.0.113.9", 5, NOW.minusMinutes(1));

        assertThat(lockedUntil("alice", HOME)).contains(NOW.minusMinutes(1).plusMinutes(15));
    }

    @Test
    void the_limits_and_the_window_come_from_the_configuration() {
        LoginPolicy strict = new LoginPolicy(2, 3, Duration.ofMinutes(60));
        failures("alice", HOME, 2, NOW.minusMinutes(50));

        assertThat(strict.lockedUntil(ofName("alice"), fromAddress(HOME), NOW))
                .contains(NOW.minusMinutes(50).plusMinutes(60));
        assertThat(lockedUntil("alice", HOME)).as("the default limits").isEmpty();
    }

    @Test
    void a_limit_of_no_failures_at_all_is_refused_as_a_configuration() {
        assertThatThrownBy(() -> new LoginPolicy(0, 20, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginPolicy(5, 20, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Failures one second apart, the first at {@code from}. */
    private void failures(String username, String address, int count, OffsetDateTime from) {
        for (int i = 0; i < count; i++) {
            attempts.add(new LoginAttempt(username, address, false, from.plusSeconds(i)));
        }
    }

    /** What the throttle reads for a login: the name's attempts and the address's attempts. */
    private Optional<OffsetDateTime> lockedUntil(String username, String address) {
        return policy.lockedUntil(ofName(username), fromAddress(address), NOW);
    }

    private List<LoginAttempt> ofName(String username) {
        String name = LoginAttempt.normalizedUsername(username);
        return attempts.stream().filter(a -> a.getUsername().equals(name)).toList();
    }

    private List<LoginAttempt> fromAddress(String address) {
        return attempts.stream()
                .filter(a -> a.getRemoteAddress().equals(address))
                .toList();
    }
}
