package org.emporium.batch.paymentreconciliation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The job parameter {@code day}: the gateways' day (Beijing time) to reconcile, an ISO date. Without it, yesterday,
 * fixed when the run starts (Jobs.start sets it) so that a restart reconciles the same day.
 */
public final class BillDay {

    public static final String PARAMETER = "day";
    static final ZoneId GATEWAY_ZONE = ZoneId.of("Asia/Shanghai");

    private BillDay() {}

    public static LocalDate of(String day, Instant now) {
        if (day == null || day.isBlank()) {
            return yesterday(now);
        }
        try {
            return LocalDate.parse(day.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Job parameter day must be an ISO date (2026-12-05), not '" + day + "'");
        }
    }

    public static LocalDate yesterday(Instant now) {
        return now.atZone(GATEWAY_ZONE).toLocalDate().minusDays(1);
    }
}
