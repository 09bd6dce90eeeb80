package org.emporium.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShelfCacheTest {

    final ShelfCache cache = new ShelfCache(60);
    final AtomicInteger loads = new AtomicInteger();

    @Test
    void a_list_is_read_once_and_served_from_memory_until_a_product_changes() {
        assertThat(cache.list("apparel", this::load)).isEqualTo("apparel#1");
        assertThat(cache.list("apparel", this::load)).isEqualTo("apparel#1");

        cache.productChanged(42);

        assertThat(cache.list("apparel", this::load)).isEqualTo("apparel#2");
    }

    @Test
    void a_full_cache_drops_the_lists_loaded_longest_ago_and_keeps_the_recent_ones() {
        for (int i = 0; i < ShelfCache.MAX_ENTRIES; i++) {
            cache.list("list-" + i, () -> "kept");
        }
        cache.list("one-more", () -> "kept");
        loads.set(0);

        cache.list("list-" + (ShelfCache.MAX_ENTRIES - 1), this::load);
        cache.list("one-more", this::load);
        assertThat(loads).as("the newest entries survived").hasValue(0);
        cache.list("list-0", this::load);
        assertThat(loads).as("the oldest entry went").hasValue(1);
    }

    @Test
    void a_product_change_drops_that_products_page_and_leaves_the_others() {
        cache.product("en|oxford", "oxford", () -> Optional.of(1L), id -> id);
        cache.product("en|linen", "linen", () -> Optional.of(2L), id -> id);
        long linenStamp = cache.stamp("product:2");
        long oxfordStamp = cache.stamp("product:1");

        cache.productChanged(1);

        assertThat(cache.product("en|oxford", "oxford", () -> Optional.of(loads.incrementAndGet() + 100L), id -> 1L))
                .contains(101L);
        assertThat(cache.product("en|linen", "linen", () -> Optional.of(-1L), id -> 2L))
                .as("still cached")
                .contains(2L);
        assertThat(cache.stamp("product:1")).isGreaterThan(oxfordStamp);
        assertThat(cache.stamp("product:2")).isEqualTo(linenStamp);
    }

    @Test
    void a_product_not_found_is_looked_up_again_after_any_product_change() {
        cache.product("en|new", "new", Optional::empty, (Long id) -> id);
        cache.productChanged(7);

        assertThat(cache.product("en|new", "new", () -> Optional.of(7L), id -> id))
                .contains(7L);
    }

    @Test
    void a_structure_change_drops_everything_and_moves_every_stamp() {
        cache.list("apparel", this::load);
        long list = cache.stamp("list");
        long product = cache.stamp("product:1");

        cache.everythingChanged();

        assertThat(cache.list("apparel", this::load)).isEqualTo("apparel#2");
        assertThat(cache.stamp("list")).isGreaterThan(list);
        assertThat(cache.stamp("product:1")).isGreaterThan(product);
    }

    @Test
    void entries_expire_after_their_time_to_live_even_without_an_event() {
        ShelfCache immediate = new ShelfCache(0);
        immediate.list("apparel", this::load);

        assertThat(immediate.list("apparel", this::load)).isEqualTo("apparel#2");
    }

    @Test
    void an_answer_read_while_a_change_arrived_is_used_once_but_not_kept() {
        cache.list("apparel", () -> {
            cache.productChanged(3);
            return "before the change";
        });

        assertThat(cache.list("apparel", this::load)).isEqualTo("apparel#1");
    }

    private String load() {
        return "apparel#" + loads.incrementAndGet();
    }
}
