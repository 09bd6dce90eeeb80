package org.emporium.customer.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;

/**
 * How often one number may ask for an SMS code: one a minute and five an hour. The answer is how long to
 * wait, so the page can say so.
 */
public final class CodeRequests {

    public static final Duration GAP = Duration.ofMinutes(1);
    public static final int PER_HOUR = 5;

    private CodeRequests() {}

    /** Empty when a code may be sent now; otherwise how long until one may. */
    public static Optional<Duration> waitBeforeNext(Collection<OffsetDateTime> earlier, OffsetDateTime now) {
        OffsetDateTime hourAgo = now.minusHours(1);
        var lastHour = earlier.stream().filter(t -> t.isAfter(hourAgo)).sorted().toList();
        if (lastHour.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime latest = lastHour.get(lastHour.size() - 1);
        Duration sinceLatest = Duration.between(latest, now);
        if (sinceLatest.compareTo(GAP) < 0) {
            return Optional.of(GAP.minus(sinceLatest));
        }
        if (lastHour.size() >= PER_HOUR) {
            return Optional.of(Duration.between(
                    now, lastHour.get(lastHour.size() - PER_HOUR).plusHours(1)));
        }
        return Optional.empty();
    }
}
