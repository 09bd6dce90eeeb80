package org.emporium.admin.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.emporium.admin.entity.LoginAttempt;

/**
 * When a back-office login may be tried. A user name is locked once it has {@code maxFailuresPerUser}
 * failures within the window and no success after them; a remote address is locked once it has
 * {@code maxFailuresPerAddress} failures within the window, whatever names they were for and whatever
 * succeeded in between, so that one address can neither guess many names nor reset its count with an
 * account of its own. A lock ends by itself once enough of those failures have left the window.
 */
public class LoginPolicy {

    private final int maxFailuresPerUser;
    private final int maxFailuresPerAddress;
    private final Duration window;

    public LoginPolicy(int maxFailuresPerUser, int maxFailuresPerAddress, Duration window) {
        if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("A login limit must allow at least one failure");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The login window must be longer than zero: " + window);
        }
        this.maxFailuresPerUser = maxFailuresPerUser;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
    }

    public int maxFailuresPerUser() {
        return maxFailuresPerUser;
    }

    public int maxFailuresPerAddress() {
        return maxFailuresPerAddress;
    }

    /** The oldest attempt that can still count at {@code now}; anything older can be left unread. */
    public OffsetDateTime windowStart(OffsetDateTime now) {
        return now.minus(window);
    }

    /**
     * Until when a login is refused, or empty when it may be tried now.
     *
     * @param ofName recent attempts for the user name, successes included; older ones are ignored
     * @param fromAddress recent failed attempts from the remote address; successes and older ones are ignored
     */
    public Optional<OffsetDateTime> lockedUntil(
            List<LoginAttempt> ofName, List<LoginAttempt> fromAddress, OffsetDateTime now) {
        List<OffsetDateTime> nameFailures = failuresSinceLastSuccess(ofName, now);
        List<OffsetDateTime> addressFailures = failures(fromAddress, now);
        Optional<OffsetDateTime> nameLock = lockedUntil(nameFailures, maxFailuresPerUser);
        Optional<OffsetDateTime> addressLock = lockedUntil(addressFailures, maxFailuresPerAddress);
        return nameLock.isEmpty()
                ? addressLock
                : addressLock.isEmpty() || nameLock.get().isAfter(addressLock.get()) ? nameLock : addressLock;
    }

    /**
     * With the failures newest first, the lock lasts until the {@code max}-th newest leaves the window: from
     * then on fewer than {@code max} remain.
     */
    private Optional<OffsetDateTime> lockedUntil(List<OffsetDateTime> newestFirst, int max) {
        return newestFirst.size() < max
                ? Optional.empty()
                : Optional.of(newestFirst.get(max - 1).plus(window));
    }

    private List<OffsetDateTime> failuresSinceLastSuccess(List<LoginAttempt> attempts, OffsetDateTime now) {
        Optional<OffsetDateTime> lastSuccess = inWindow(attempts, now)
                .filter(LoginAttempt::isSucceeded)
                .map(LoginAttempt::getAttemptedAt)
                .max(Comparator.naturalOrder());
        return failures(attempts, now).stream()
                .filter(failed -> lastSuccess.isEmpty() || failed.isAfter(lastSuccess.get()))
                .toList();
    }

    private List<OffsetDateTime> failures(List<LoginAttempt> attempts, OffsetDateTime now) {
        return inWindow(attempts, now)
                .filter(attempt -> !attempt.isSucceeded())
                .map(LoginAttempt::getAttemptedAt)
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    /** Attempts a little after {@code now} stay in: another node's clock may run slightly ahead. */
    private Stream<LoginAttempt> inWindow(List<LoginAttempt> attempts, OffsetDateTime now) {
        OffsetDateTime start = windowStart(now);
        return attempts.stream().filter(attempt -> attempt.getAttemptedAt().isAfter(start));
    }
}
