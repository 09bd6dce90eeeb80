package org.emporium.customer.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a shopper's sign-in is refused for a while: a login (mobile number or email) with {@code maxPerLogin}
 * failures in the window and no success after them, or an address with {@code maxPerAddress} failures in the
 * window whatever the logins, is locked until enough of those failures have left the window. Unknown logins
 * are counted like known ones, so the lock tells nothing about which accounts exist.
 */
public record Lockout(int maxPerLogin, int maxPerAddress, Duration window) {

    /** One past attempt: when, and whether it succeeded. */
    public record Attempt(OffsetDateTime at, boolean succeeded) {}

    public Lockout {
        if (maxPerLogin < 1 || maxPerAddress < 1) {
            throw new IllegalArgumentException("A lockout must allow at least one failure");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The lockout window must be longer than zero: " + window);
        }
    }

    public OffsetDateTime windowStart(OffsetDateTime now) {
        return now.minus(window);
    }

    /**
     * Until when sign-in is refused, or empty when it may be tried now.
     *
     * @param ofLogin recent attempts for the login, successes included
     * @param fromAddress recent attempts from the address; only failures count
     */
    public Optional<OffsetDateTime> lockedUntil(
            Collection<Attempt> ofLogin, Collection<Attempt> fromAddress, OffsetDateTime now) {
        OffsetDateTime start = windowStart(now);
        Optional<OffsetDateTime> lastSuccess = ofLogin.stream()
                .filter(a -> a.succeeded() && a.at().isAfter(start))
                .map(Attempt::at)
                .max(Comparator.naturalOrder());
        List<OffsetDateTime> loginFailures = ofLogin.stream()
                .filter(a -> !a.succeeded() && a.at().isAfter(start))
                .map(Attempt::at)
                .filter(at -> lastSuccess.isEmpty() || at.isAfter(lastSuccess.get()))
                .sorted(Comparator.reverseOrder())
                .toList();
        List<OffsetDateTime> addressFailures = fromAddress.stream()
                .filter(a -> !a.succeeded() && a.at().isAfter(start))
                .map(Attempt::at)
                .sorted(Comparator.reverseOrder())
                .toList();
        Optional<OffsetDateTime> byLogin = until(loginFailures, maxPerLogin);
        Optional<OffsetDateTime> byAddress = until(addressFailures, maxPerAddress);
        if (byLogin.isEmpty()) {
            return byAddress;
        }
        return byAddress.isPresent() && byAddress.get().isAfter(byLogin.get()) ? byAddress : byLogin;
    }

    private Optional<OffsetDateTime> until(List<OffsetDateTime> newestFirst, int max) {
        return newestFirst.size() < max
                ? Optional.empty()
                : Optional.of(newestFirst.get(max - 1).plus(window));
    }
}
