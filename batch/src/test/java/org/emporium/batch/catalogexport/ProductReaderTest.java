package org.emporium.batch.catalogexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.emporium.catalog.entity.Product;
import org.junit.jupiter.api.Test;

class ProductReaderTest {

    /** The catalogue as {@code Catalog.productsAfter} walks it, with gaps where products were deleted. */
    private final NavigableMap<Long, Product> catalogue = new TreeMap<>();

    private final List<Long> asked = new ArrayList<>();
    private final ProductSource source = (lastId, max) -> {
        asked.add(lastId);
        return catalogue.tailMap(lastId, false).values().stream().limit(max).toList();
    };

    ProductReaderTest() {
        for (long id : new long[] {3, 5, 8, 13, 21}) {
            catalogue.put(id, Products.product(id));
        }
    }

    @Test
    void it_hands_out_every_product_once_in_id_order_a_page_at_a_time() {
        ProductReader reader = new ProductReader(source, 2);
        reader.open(null);

        assertThat(readAll(reader)).containsExactly(3L, 5L, 8L, 13L, 21L);
        assertThat(asked).containsExactly(0L, 5L, 13L, 21L);
    }

    @Test
    void its_checkpoint_is_the_last_product_handed_out_not_the_last_one_fetched() {
        ProductReader reader = new ProductReader(source, 50);
        reader.open(null);
        reader.readItem();
        reader.readItem();

        assertThat(reader.checkpointInfo()).isEqualTo(5L);
    }

    @Test
    void a_restart_resumes_after_the_checkpoint() {
        ProductReader first = new ProductReader(source, 2);
        first.open(null);
        first.readItem();
        first.readItem();
        first.readItem();
        Serializable checkpoint = first.checkpointInfo();

        ProductReader restarted = new ProductReader(source, 2);
        restarted.open(checkpoint);

        assertThat(readAll(restarted)).containsExactly(13L, 21L);
    }

    @Test
    void products_added_during_a_failed_run_are_picked_up_by_the_restart() {
        ProductReader first = new ProductReader(source, 2);
        first.open(null);
        first.readItem();
        Serializable checkpoint = first.checkpointInfo();
        catalogue.put(4L, Products.product(4));
        catalogue.put(34L, Products.product(34));

        ProductReader restarted = new ProductReader(source, 2);
        restarted.open(checkpoint);

        assertThat(readAll(restarted)).containsExactly(4L, 5L, 8L, 13L, 21L, 34L);
    }

    @Test
    void an_empty_catalogue_ends_at_once() {
        catalogue.clear();
        ProductReader reader = new ProductReader(source, 50);
        reader.open(null);

        assertThat(reader.readItem()).isNull();
        assertThat(reader.checkpointInfo()).isEqualTo(0L);
    }

    private static List<Long> readAll(ProductReader reader) {
        List<Long> ids = new ArrayList<>();
        for (Product p = reader.readItem(); p != null; p = reader.readItem()) {
            ids.add(p.getId());
        }
        return ids;
    }
}
