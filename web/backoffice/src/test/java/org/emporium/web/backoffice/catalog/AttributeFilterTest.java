package org.emporium.web.backoffice.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.emporium.catalog.entity.Attribute;
import org.emporium.catalog.entity.AttributeKind;
import org.junit.jupiter.api.Test;

class AttributeFilterTest {

    private final List<Attribute> all = List.of(
            new Attribute("colour", "颜色", "Colour", AttributeKind.ENUM),
            new Attribute("bed-width", "床宽", "Bed width", AttributeKind.ENUM),
            new Attribute("material", "材质", "Material", AttributeKind.TEXT));

    @Test
    void the_filter_finds_a_piece_of_the_code_or_either_name_in_any_case() {
        assertThat(AttributeFilter.matching(all, "WIDTH"))
                .extracting(Attribute::getCode)
                .containsExactly("bed-width");
        assertThat(AttributeFilter.matching(all, "材"))
                .extracting(Attribute::getCode)
                .containsExactly("material");
        assertThat(AttributeFilter.matching(all, " col "))
                .extracting(Attribute::getCode)
                .containsExactly("colour");
    }

    @Test
    void a_blank_filter_shows_every_attribute_and_an_unknown_word_none() {
        assertThat(AttributeFilter.matching(all, "  ")).hasSize(3);
        assertThat(AttributeFilter.matching(all, null)).hasSize(3);
        assertThat(AttributeFilter.matching(all, "weight")).isEmpty();
    }
}
