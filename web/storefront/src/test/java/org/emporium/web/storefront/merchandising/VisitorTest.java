package org.emporium.web.storefront.merchandising;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class VisitorTest {

    @Test
    void only_an_id_the_shop_made_is_taken_from_the_cookie() {
        assertThat(Visitor.wellFormed(UUID.randomUUID().toString())).isTrue();
        assertThat(Visitor.wellFormed("'; DROP TABLE experiment_exposure; --")).isFalse();
        assertThat(Visitor.wellFormed(UUID.randomUUID().toString().toUpperCase()))
                .isFalse();
        assertThat(Visitor.wellFormed("")).isFalse();
        assertThat(Visitor.wellFormed(null)).isFalse();
    }
}
