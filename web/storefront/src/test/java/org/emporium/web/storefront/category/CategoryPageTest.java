package org.emporium.web.storefront.category;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryPageTest {

    @ParameterizedTest(name = "page={0} -> {1}")
    @CsvSource(
            value = {"NULL, 0", "0, 0", "3, 3", "' 2 ', 2", "-4, 0", "abc, 0", "99999999999, 0", "20000, 10000"},
            nullValues = "NULL")
    void a_missing_or_hand_edited_page_number_shows_a_sensible_page(String page, int expected) {
        assertThat(CategoryPage.pageIndex(page)).isEqualTo(expected);
    }
}
