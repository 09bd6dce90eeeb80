package org.emporium.notification.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How many messages one recipient may get over a channel: several windows at once, such as "3 a minute,
 * 10 an hour, 20 a day" (the limits Chinese SMS providers apply per number). Written as
 * {@code 3/PT1M,10/PT1H,20/P1D}.
 */
public final class RateLimits {

    /** At most {@code max} messages in any {@code window} ending now. */
    public record Limit(int max, Duration window) {
        public Limit {
            if (max < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("A limit is a positive count over a positive window");
            }
        }
    }

    private final List<Limit> limits;

    public RateLimits(List<Limit> limits) {
        this.limits = List.copyOf(limits);
    }

    /** Parses {@code 3/PT1M,10/PT1H}; an empty text means no limit. */
    public static RateLimits parse(String text) {
        List<Limit> limits = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] countAndWindow = part.strip().split("/");
                if (countAndWindow.length != 2) {
                    throw new IllegalArgumentException("Not a limit (count/ISO-8601 duration): " + part);
                }
                limits.add(new Limit(
                        Integer.parseInt(countAndWindow[0].strip()), Duration.parse(countAndWindow[1].strip())));
            }
        }
        return new RateLimits(limits);
    }

    /** The longest window: how far back the recipient's history must be read. */
    public Duration horizon() {
        return limits.stream().map(Limit::window).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Whether one more message may go now, given when the recipient's earlier messages were requested. */
    public boolean allows(Collection<OffsetDateTime> earlier, OffsetDateTime now) {
        for (Limit limit : limits) {
            OffsetDateTime since = now.minus(limit.window());
            long inWindow = earlier.stream().filter(t -> t.isAfter(since)).count();
            if (inWindow >= limit.max()) {
                return false;
            }
        }
        return true;
    }

    public List<Limit> limits() {
        return limits;
    }
}
