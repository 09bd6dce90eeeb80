package org.emporium.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class IdBlocksTest {

    @Test
    void a_sequence_value_reserves_the_block_that_ends_with_it_as_eclipselink_reads_it() {
        IdBlocks ids = new IdBlocks(50);
        ids.add(1000);
        ids.add(1100);

        List<Long> handed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            handed.add(ids.next());
        }

        assertThat(handed.get(0)).isEqualTo(951);
        assertThat(handed.get(49)).isEqualTo(1000);
        assertThat(handed.get(50)).isEqualTo(1051);
        assertThat(handed.get(99)).isEqualTo(1100);
        assertThatThrownBy(ids::next).isInstanceOf(NoSuchElementException.class);
    }
}
