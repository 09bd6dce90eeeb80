package org.emporium.web.storefront.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void a_post_from_the_shops_own_pages_is_taken() {
        assertThat(SameOrigin.allows("http://localhost:8080", null, "localhost:8080"))
                .isTrue();
        assertThat(SameOrigin.allows(null, "http://localhost:8080/product.xhtml?slug=x", "localhost:8080"))
                .isTrue();
        assertThat(SameOrigin.allows(null, null, "localhost:8080"))
                .as("no header at all")
                .isTrue();
    }

    @Test
    void a_post_from_another_site_is_refused() {
        assertThat(SameOrigin.allows("https://evil.example", null, "shop.example"))
                .isFalse();
        assertThat(SameOrigin.allows(null, "https://evil.example/page", "shop.example"))
                .isFalse();
        assertThat(SameOrigin.allows("null", null, "shop.example"))
                .as("a sandboxed or opaque origin")
                .isFalse();
        assertThat(SameOrigin.allows("http://shop.example.evil.example", null, "shop.example"))
                .isFalse();
    }
}
