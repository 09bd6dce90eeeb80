package org.emporium.batch.couponexpiry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The job parameter {@code at}: the moment the run expires coupons for, fixed when it starts (Jobs.start sets
 * it) so a restart expires exactly what the first run would have. A moment in the future counts as now: the
 * job never ends a coupon early.
 */
public final class Cutoff {

    public static final String PARAMETER = "at";

    private Cutoff() {}

    public static OffsetDateTime of(String at, Instant now) {
        if (at == null || at.isBlank()) {
            return now.atOffset(ZoneOffset.UTC);
        }
        Instant given;
        try {
            given = Instant.parse(at.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Job parameter at must be an ISO-8601 instant, not '" + at + "'");
        }
        return (given.isAfter(now) ? now : given).atOffset(ZoneOffset.UTC);
    }
}
