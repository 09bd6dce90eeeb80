package org.emporium.batch.paymentreconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BillDayTest {

    @Test
    void without_a_day_the_run_reconciles_yesterday_in_beijing_time() {
        // 17:00 UTC on the 5th is already 01:00 on the 6th in Beijing: yesterday there is the 5th
        assertThat(BillDay.of(null, Instant.parse("2026-12-05T17:00:00Z"))).isEqualTo(LocalDate.parse("2026-12-05"));
        assertThat(BillDay.of(" ", Instant.parse("2026-12-05T15:00:00Z"))).isEqualTo(LocalDate.parse("2026-12-04"));
    }

    @Test
    void a_day_given_is_the_day_reconciled_and_anything_else_is_refused() {
        assertThat(BillDay.of("2026-11-30", Instant.now())).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThatThrownBy(() -> BillDay.of("30/11/2026", Instant.now())).isInstanceOf(IllegalArgumentException.class);
    }
}
