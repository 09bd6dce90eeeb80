package org.emporium.catalog.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.emporium.catalog.control.ShelfCache;
import org.emporium.platform.events.DomainEvent;
import org.junit.jupiter.api.Test;

class ShelfCacheListenerTest {

    final ShelfCache cache = new ShelfCache();

    @Test
    void a_product_changed_event_moves_that_products_stamp_and_the_lists_but_not_the_structure() {
        long structure = cache.stamp("structure");
        long other = cache.stamp("product:2");

        boolean handled = ShelfCacheListener.forgetWhatChanged(
                DomainEvent.now("catalog.product-changed", "product", 1L, "{}"), cache);

        assertThat(handled).isTrue();
        assertThat(cache.stamp("product:1")).isGreaterThan(other);
        assertThat(cache.stamp("list")).isGreaterThan(structure);
        assertThat(cache.stamp("structure")).isEqualTo(structure);
        assertThat(cache.stamp("product:2")).isEqualTo(other);
    }

    @Test
    void any_other_catalogue_event_moves_everything() {
        long structure = cache.stamp("structure");

        ShelfCacheListener.forgetWhatChanged(DomainEvent.now("catalog.structure-changed", "category", 3L, "{}"), cache);

        assertThat(cache.stamp("structure")).isGreaterThan(structure);
        assertThat(cache.stamp("product:9")).isGreaterThan(structure);
    }

    @Test
    void events_of_other_contexts_change_nothing() {
        long list = cache.stamp("list");

        assertThat(ShelfCacheListener.forgetWhatChanged(DomainEvent.now("order.placed", "order", 1L, "{}"), cache))
                .isFalse();
        assertThat(cache.stamp("list")).isEqualTo(list);
    }
}
