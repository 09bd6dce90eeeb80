package org.emporium.notification.control;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed message is tried again: the first delay, multiplied after each failure up to a ceiling, for
 * a bounded number of attempts; after the last one the message is a dead letter.
 */
public record Backoff(int maxAttempts, Duration firstDelay, double multiplier, Duration maxDelay) {

    public Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt");
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || multiplier < 1.0) {
            throw new IllegalArgumentException("Delays must grow from the first to the ceiling");
        }
    }

    /**
     * The wait before the next attempt, after {@code failedAttempts} attempts failed; empty when no attempt
     * is left.
     */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("Called after a failure");
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        double millis = firstDelay.toMillis() * Math.pow(multiplier, failedAttempts - 1);
        long capped = (long) Math.min(millis, maxDelay.toMillis());
        return Optional.of(Duration.ofMillis(capped));
    }
}
