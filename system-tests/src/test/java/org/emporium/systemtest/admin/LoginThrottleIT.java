package org.emporium.systemtest.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.emporium.admin.boundary.LoginThrottle;
import org.emporium.admin.boundary.LoginThrottle.Verdict;
import org.emporium.systemtest.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The login throttle through its boundary, on PostgreSQL, with the default limits (5 per name, 20 per
 * address, 15 minutes). Every test uses names and addresses of its own, so runs and tests do not add up.
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(LoginThrottleIT.class);
    }

    @Inject
    LoginThrottle throttle;

    @Test
    void five_recorded_failures_lock_the_name_from_every_address_until_the_window_has_passed() {
        String name = uniqueName();
        String address = uniqueAddress();
        OffsetDateTime before = OffsetDateTime.now();
        for (int i = 0; i < 4; i++) {
            throttle.record(name, address, false);
        }
        assertThat(throttle.check(name, address).isAllowed())
                .as("four failures")
                .isTrue();

        throttle.record(name, address, false);

        Verdict verdict = throttle.check(name, address);
        assertThat(verdict.isAllowed()).isFalse();
        assertThat(verdict.lockedUntil())
                .isBetween(before.plusMinutes(15), OffsetDateTime.now().plusMinutes(15));
        assertThat(throttle.check(name.toUpperCase(), uniqueAddress()).isAllowed())
                .as("the same name, typed in capitals, from another address")
                .isFalse();
    }

    @Test
    void a_different_name_from_another_address_is_still_allowed() {
        String locked = uniqueName();
        for (int i = 0; i < 5; i++) {
            throttle.record(locked, uniqueAddress(), false);
        }

        assertThat(throttle.check(locked, uniqueAddress()).isAllowed()).isFalse();
        assertThat(throttle.check(uniqueName(), uniqueAddress()).isAllowed()).isTrue();
    }

    @Test
    void a_success_before_the_limit_clears_the_count() {
        String name = uniqueName();
        String address = uniqueAddress();
        for (int i = 0; i < 4; i++) {
            throttle.record(name, address, false);
        }
        throttle.record(name, address, true);
        for (int i = 0; i < 4; i++) {
            throttle.record(name, address, false);
        }

        assertThat(throttle.check(name, address).isAllowed()).isTrue();
    }

    private static String uniqueName() {
        return "throttle-" + UUID.randomUUID();
    }

    /** An address from the IPv6 documentation range, different on every call. */
    private static String uniqueAddress() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return "2001:db8:" + hex.substring(0, 4) + ":" + hex.substring(4, 8) + "::" + hex.substring(8, 12);
    }
}
