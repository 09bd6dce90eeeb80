package org.emporium.order.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.Parcel;
import org.emporium.order.entity.TrackingStage;
import org.junit.jupiter.api.Test;

class CarrierSimulatorTest {

    static final OffsetDateTime COLLECTED = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    static final Duration STEP = Duration.ofHours(3);

    @Test
    void a_simulated_parcel_is_collected_at_once_and_tells_one_more_event_each_step_until_signed_for() {
        assertThat(CarrierSimulator.story(Carrier.SF, "北京市", COLLECTED, STEP, COLLECTED.minusSeconds(1)))
                .isEmpty();
        assertThat(CarrierSimulator.story(Carrier.SF, "北京市", COLLECTED, STEP, COLLECTED))
                .extracting(Parcel.Event::stage)
                .containsExactly(TrackingStage.COLLECTED);
        assertThat(CarrierSimulator.story(
                        Carrier.SF,
                        "北京市",
                        COLLECTED,
                        STEP,
                        COLLECTED.plusHours(9).minusSeconds(1)))
                .extracting(Parcel.Event::stage)
                .containsExactly(TrackingStage.COLLECTED, TrackingStage.IN_TRANSIT, TrackingStage.IN_TRANSIT);

        var all = CarrierSimulator.story(Carrier.SF, "北京市", COLLECTED, STEP, COLLECTED.plusDays(5));

        assertThat(all)
                .extracting(Parcel.Event::stage)
                .containsExactly(
                        TrackingStage.COLLECTED,
                        TrackingStage.IN_TRANSIT,
                        TrackingStage.IN_TRANSIT,
                        TrackingStage.OUT_FOR_DELIVERY,
                        TrackingStage.DELIVERED);
        assertThat(all.get(4).at()).isEqualTo(COLLECTED.plusHours(12));
        assertThat(all.get(2).description()).contains("北京市");
        assertThat(all.get(0).description()).contains("顺丰速运");
    }
}
