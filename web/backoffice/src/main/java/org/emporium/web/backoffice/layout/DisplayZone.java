package org.emporium.web.backoffice.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Times as the office reads them: stored with their offset, shown in the office's zone
 * ({@code emporium.office.zone}, Asia/Shanghai unless configured), so every node prints the same.
 */
@ApplicationScoped
@Named
public class DisplayZone {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    @ConfigProperty(name = "emporium.office.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** The office's zone, in which staff type times too. */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public String format(OffsetDateTime time) {
        return format(time, ZoneId.of(zone));
    }

    static String format(OffsetDateTime time, ZoneId zone) {
        return time == null ? "" : time.atZoneSameInstant(zone).format(FORMAT);
    }

    /** Hours and minutes only, for a moment later today ("try again after 14:05"). */
    public String timeOfDay(OffsetDateTime time) {
        return timeOfDay(time, ZoneId.of(zone));
    }

    static String timeOfDay(OffsetDateTime time, ZoneId zone) {
        return time == null ? "" : time.atZoneSameInstant(zone).format(TIME_OF_DAY);
    }
}
