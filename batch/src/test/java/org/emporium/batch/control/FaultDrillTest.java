package org.emporium.batch.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultDrillTest {

    @Test
    void without_the_parameter_nothing_ever_fails() {
        for (String absent : new String[] {null, "", "  "}) {
            FaultDrill drill = FaultDrill.after(absent);
            assertThatCode(() -> {
                        for (int i = 0; i < 10_000; i++) {
                            drill.beforeItem();
                        }
                    })
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void it_fails_on_the_item_after_the_given_number() {
        FaultDrill drill = FaultDrill.after("3");
        drill.beforeItem();
        drill.beforeItem();
        drill.beforeItem();
        assertThatThrownBy(drill::beforeItem)
                .isInstanceOf(FaultDrill.Failure.class)
                .hasMessageContaining("Fault drill")
                .hasMessageContaining("failAfterItems");
    }

    @Test
    void zero_fails_before_anything_is_written() {
        assertThatThrownBy(FaultDrill.after("0")::beforeItem).isInstanceOf(FaultDrill.Failure.class);
    }

    @Test
    void a_value_that_is_not_a_count_is_refused_with_its_name() {
        assertThatThrownBy(() -> FaultDrill.after("five"))
                .hasMessageContaining("failAfterItems")
                .hasMessageContaining("five");
        assertThatThrownBy(() -> FaultDrill.after("-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
