package org.emporium.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.emporium.inventory.control.StockEvents;
import org.junit.jupiter.api.Test;

class StockChangeTest {

    @Test
    void reads_the_sku_codes_the_inventory_writes() {
        String payload =
                StockEvents.changed("order:7", List.of("B-2", "A-1", "B-2")).payload();
        assertThat(StockChange.skuCodes(payload)).containsExactly("A-1", "B-2");
    }

    @Test
    void a_payload_without_codes_is_refused_as_unreadable() {
        assertThatThrownBy(() -> StockChange.skuCodes("{\"orderId\":\"1\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StockChange.skuCodes("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
