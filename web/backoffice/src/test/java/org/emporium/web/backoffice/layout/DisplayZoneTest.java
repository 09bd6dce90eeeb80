package org.emporium.web.backoffice.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DisplayZoneTest {

    @Test
    void a_time_stored_in_utc_shows_in_the_offices_zone() {
        OffsetDateTime utc = OffsetDateTime.parse("2025-03-01T16:30:00Z");

        assertThat(DisplayZone.format(utc, ZoneId.of("Asia/Shanghai"))).isEqualTo("2025-03-02 00:30:00");
    }

    @Test
    void no_time_shows_nothing() {
        assertThat(DisplayZone.format(null, ZoneId.of("Asia/Shanghai"))).isEmpty();
    }
}
