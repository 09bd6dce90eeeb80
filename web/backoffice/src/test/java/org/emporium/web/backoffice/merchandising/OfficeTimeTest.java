package org.emporium.web.backoffice.merchandising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class OfficeTimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void a_time_typed_in_the_office_zone_is_that_instant() {
        assertThat(OfficeTime.parse("2026-12-01 09:00", SHANGHAI))
                .isEqualTo(OffsetDateTime.parse("2026-12-01T01:00:00Z"));
        assertThat(OfficeTime.format(OffsetDateTime.parse("2026-12-01T01:00:00Z"), SHANGHAI))
                .isEqualTo("2026-12-01 09:00");
    }

    @Test
    void an_empty_field_is_an_open_end() {
        assertThat(OfficeTime.parse("  ", SHANGHAI)).isNull();
        assertThat(OfficeTime.format(null, SHANGHAI)).isEmpty();
    }

    @Test
    void a_time_in_another_format_is_refused() {
        assertThatThrownBy(() -> OfficeTime.parse("1.12.2026", SHANGHAI)).isInstanceOf(DateTimeParseException.class);
    }
}
