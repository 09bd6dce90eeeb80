package org.emporium.web.storefront.shelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.emporium.catalog.boundary.ShelfQuery;
import org.emporium.catalog.boundary.ShelfSort;
import org.junit.jupiter.api.Test;

class ListParametersTest {

    static final ShelfQuery APPAREL = ShelfQuery.category("apparel");

    @Test
    void a_shared_url_brings_back_the_same_list() {
        Map<String, String[]> url = new LinkedHashMap<>();
        url.put("slug", new String[] {"apparel"});
        url.put("brand", new String[] {"silk-road", "north-loom"});
        url.put("min", new String[] {"100"});
        url.put("max", new String[] {"300.50"});
        url.put("a-colour", new String[] {"white", "blue"});
        url.put("a-size", new String[] {"m"});
        url.put("sort", new String[] {"price-asc"});
        url.put("page", new String[] {"2"});

        ShelfQuery q = ListParameters.parse(APPAREL, url, 24);

        assertThat(q.brands()).containsExactly("north-loom", "silk-road");
        assertThat(q.minPrice()).isEqualByComparingTo("100");
        assertThat(q.maxPrice()).isEqualByComparingTo("300.5");
        assertThat(q.options()).containsOnlyKeys("colour", "size");
        assertThat(q.options().get("colour")).containsExactly("blue", "white");
        assertThat(q.sort()).isEqualTo(ShelfSort.PRICE_ASC);
        assertThat(q.page()).isEqualTo(2);
        assertThat(ListParameters.queryString(Map.of("slug", "apparel"), q))
                .isEqualTo("?slug=apparel&brand=north-loom&brand=silk-road&min=100&max=300.5"
                        + "&a-colour=blue&a-colour=white&a-size=m&sort=price-asc&page=2");
    }

    @Test
    void hand_edited_nonsense_is_left_out_rather_than_failing_the_page() {
        Map<String, String[]> url = Map.of(
                "brand", new String[] {"<script>", "ok-brand"},
                "min", new String[] {"-5"},
                "max", new String[] {"lots"},
                "a-Colour!", new String[] {"white"},
                "a-size", new String[] {"M L"},
                "sort", new String[] {"random"},
                "page", new String[] {"x"});

        ShelfQuery q = ListParameters.parse(APPAREL, url, 24);

        assertThat(q.brands()).containsExactly("ok-brand");
        assertThat(q.minPrice()).isNull();
        assertThat(q.maxPrice()).isNull();
        assertThat(q.options()).isEmpty();
        assertThat(q.sort()).isEqualTo(ShelfSort.NEWEST);
        assertThat(q.page()).isZero();
    }

    @Test
    void ticking_a_choice_adds_it_ticking_it_again_removes_it_and_both_go_back_to_the_first_page() {
        ShelfQuery onPage3 = APPAREL.withPage(3, 24);

        ShelfQuery withBlue = ListParameters.toggleOption(onPage3, "colour", "blue");
        assertThat(withBlue.options().get("colour")).containsExactly("blue");
        assertThat(withBlue.page()).isZero();
        assertThat(ListParameters.toggleOption(withBlue, "colour", "blue").options())
                .isEmpty();

        ShelfQuery withBrand = ListParameters.toggleBrand(onPage3, "north-loom");
        assertThat(withBrand.brands()).containsExactly("north-loom");
        assertThat(ListParameters.toggleBrand(withBrand, "north-loom").brands()).isEmpty();
    }

    @Test
    void the_default_list_has_only_its_fixed_parameters_and_values_are_url_encoded() {
        assertThat(ListParameters.queryString(Map.of("slug", "apparel"), APPAREL))
                .isEqualTo("?slug=apparel");
        assertThat(ListParameters.queryString(Map.of(), APPAREL)).isEmpty();
        assertThat(ListParameters.queryString(Map.of("q", "a&b"), APPAREL)).isEqualTo("?q=a%26b");
    }

    @Test
    void prices_with_more_than_two_decimals_or_absurd_sizes_are_no_bound() {
        assertThat(ListParameters.amount("19.999")).isNull();
        assertThat(ListParameters.amount("1e12")).isNull();
        assertThat(ListParameters.amount(" 200 ")).isEqualByComparingTo("200");
    }
}
