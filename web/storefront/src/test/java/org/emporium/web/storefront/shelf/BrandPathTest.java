package org.emporium.web.storefront.shelf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrandPathTest {

    @Test
    void the_brand_is_the_one_path_segment_after_brand() {
        assertThat(BrandPath.slug("/north-loom")).isEqualTo("north-loom");
        assertThat(BrandPath.slug("/")).isNull();
        assertThat(BrandPath.slug(null)).isNull();
        assertThat(BrandPath.slug("/north-loom/shirts")).isNull();
    }
}
