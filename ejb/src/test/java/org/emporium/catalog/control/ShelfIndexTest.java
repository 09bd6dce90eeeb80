package org.emporium.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emporium.catalog.boundary.ShelfSort;
import org.junit.jupiter.api.Test;

class ShelfIndexTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);
    static final long COLOUR = 10, FIT = 20;
    static final long BLUE = 11, RED = 12, WHITE = 13, SLIM = 21, LOOSE = 22;
    static final long NORTH = 100, SOUTH = 200;

    final ShelfFilter shirts = ShelfFilter.ofCategories(Set.of(1L), NOW);

    /** Oxford (north, 199, blue/white, slim), Linen (south, 299, red, loose), Flannel (north, 99, red, slim). */
    final ShelfIndex index = new ShelfIndex(List.of(
            entry(1, NORTH, "199.00", 1, "牛津衬衫", "Oxford", new long[][] {{COLOUR, BLUE}, {COLOUR, WHITE}, {FIT, SLIM}}),
            entry(2, SOUTH, "299.00", 2, "亚麻衬衫", "Linen", new long[][] {{COLOUR, RED}, {FIT, LOOSE}}),
            entry(3, NORTH, "99.00", 3, "法兰绒衬衫", "Flannel", new long[][] {{COLOUR, RED}, {FIT, SLIM}})));

    @Test
    void without_choices_every_product_counts_and_the_newest_come_first() {
        ShelfIndex.Answer a = answer(shirts, ShelfSort.NEWEST, 0, 24);

        assertThat(a.total()).isEqualTo(3);
        assertThat(a.page()).containsExactly(1L, 2L, 3L);
        assertThat(a.brandCounts()).containsExactlyInAnyOrderEntriesOf(Map.of(NORTH, 2L, SOUTH, 1L));
        assertThat(a.optionCounts().get(COLOUR))
                .containsExactlyInAnyOrderEntriesOf(Map.of(BLUE, 1L, WHITE, 1L, RED, 2L));
        assertThat(a.lowest()).isEqualByComparingTo("99.00");
        assertThat(a.highest()).isEqualByComparingTo("299.00");
    }

    @Test
    void options_of_one_attribute_are_alternatives_and_attributes_must_all_match() {
        ShelfFilter redOrBlueSlim = shirts.withOptions(Map.of(COLOUR, Set.of(RED, BLUE), FIT, Set.of(SLIM)));

        ShelfIndex.Answer a = answer(redOrBlueSlim, ShelfSort.NEWEST, 0, 24);

        assertThat(a.page()).containsExactly(1L, 3L);
        assertThat(a.total()).isEqualTo(2);
    }

    @Test
    void each_facet_counts_as_if_its_own_choice_were_not_made_and_honours_the_others() {
        ShelfFilter northInRed = shirts.withBrands(Set.of(NORTH)).withOptions(Map.of(COLOUR, Set.of(RED)));

        ShelfIndex.Answer a = answer(northInRed, ShelfSort.NEWEST, 0, 24);

        assertThat(a.page()).containsExactly(3L);
        assertThat(a.brandCounts())
                .as("brands among red shirts, whatever brand was chosen")
                .containsExactlyInAnyOrderEntriesOf(Map.of(NORTH, 1L, SOUTH, 1L));
        assertThat(a.optionCounts().get(COLOUR))
                .as("colours among the north's shirts, whatever colour was chosen")
                .containsExactlyInAnyOrderEntriesOf(Map.of(BLUE, 1L, WHITE, 1L, RED, 1L));
        assertThat(a.optionCounts().get(FIT)).containsExactlyInAnyOrderEntriesOf(Map.of(SLIM, 1L));
    }

    @Test
    void a_price_range_takes_the_lower_bound_and_stops_below_the_upper_one() {
        ShelfIndex.Answer a =
                answer(shirts.withPrice(new BigDecimal("99"), new BigDecimal("199")), ShelfSort.NEWEST, 0, 24);

        assertThat(a.page()).containsExactly(3L);
        assertThat(a.lowest())
                .as("the range of the bands ignores the price choice")
                .isEqualByComparingTo("99.00");
        assertThat(a.highest()).isEqualByComparingTo("299.00");
    }

    @Test
    void price_bands_count_below_the_first_cut_between_cuts_and_from_the_last_cut() {
        ShelfIndex.Answer a = index.answer(
                shirts,
                List.of(COLOUR, FIT),
                ShelfSort.NEWEST,
                Locale.ENGLISH,
                0,
                24,
                (low, high) -> List.of(new BigDecimal("150"), new BigDecimal("250")));

        assertThat(a.bandCounts()).containsExactly(1, 1, 1);
    }

    @Test
    void orders_by_price_both_ways_and_by_name_in_the_shoppers_language() {
        assertThat(answer(shirts, ShelfSort.PRICE_ASC, 0, 24).page()).containsExactly(3L, 1L, 2L);
        assertThat(answer(shirts, ShelfSort.PRICE_DESC, 0, 24).page()).containsExactly(2L, 1L, 3L);
        assertThat(answer(shirts, ShelfSort.NAME, 0, 24).page()).containsExactly(3L, 2L, 1L);
        assertThat(index.answer(
                                shirts,
                                List.of(),
                                ShelfSort.NAME,
                                Locale.SIMPLIFIED_CHINESE,
                                0,
                                24,
                                (l, h) -> List.of())
                        .page())
                .as("法 (fa) before 牛 (niu) before 亚 (ya), as Chinese readers sort")
                .containsExactly(3L, 1L, 2L);
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats() {
        assertThat(answer(shirts, ShelfSort.NEWEST, 0, 2).page()).containsExactly(1L, 2L);
        assertThat(answer(shirts, ShelfSort.NEWEST, 2, 2).page()).containsExactly(3L);
        assertThat(answer(shirts, ShelfSort.NEWEST, 4, 2).page()).isEmpty();
    }

    @Test
    void a_product_outside_its_publish_window_is_not_there_at_all() {
        ShelfIndex windows = new ShelfIndex(List.of(
                new ShelfIndex.Entry(
                        1,
                        NORTH,
                        new BigDecimal("10.00"),
                        NOW.toInstant(),
                        NOW.toInstant().plusSeconds(60),
                        null,
                        "甲",
                        "A",
                        new long[0][]),
                new ShelfIndex.Entry(
                        2,
                        NORTH,
                        new BigDecimal("10.00"),
                        NOW.toInstant(),
                        null,
                        NOW.toInstant(),
                        "乙",
                        "B",
                        new long[0][]),
                new ShelfIndex.Entry(
                        3,
                        NORTH,
                        new BigDecimal("10.00"),
                        NOW.toInstant(),
                        NOW.toInstant(),
                        NOW.toInstant().plusSeconds(1),
                        "丙",
                        "C",
                        new long[0][])));

        ShelfIndex.Answer a =
                windows.answer(shirts, List.of(), ShelfSort.NEWEST, Locale.ENGLISH, 0, 24, (l, h) -> List.of());

        assertThat(a.page()).containsExactly(3L);
        assertThat(a.brandCounts()).containsExactlyEntriesOf(Map.of(NORTH, 1L));
    }

    private ShelfIndex.Answer answer(ShelfFilter filter, ShelfSort sort, int first, int max) {
        return index.answer(filter, List.of(COLOUR, FIT), sort, Locale.ENGLISH, first, max, PriceBands::boundaries);
    }

    private static ShelfIndex.Entry entry(
            long id, long brand, String price, int daysOld, String nameZh, String nameEn, long[][] options) {
        Instant created = NOW.toInstant().minusSeconds(86_400L * daysOld);
        return new ShelfIndex.Entry(id, brand, new BigDecimal(price), created, null, null, nameZh, nameEn, options);
    }
}
