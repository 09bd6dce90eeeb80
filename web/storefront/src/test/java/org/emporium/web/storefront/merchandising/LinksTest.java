package org.emporium.web.storefront.merchandising;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void a_link_inside_the_shop_gets_the_context_path_and_a_web_address_stays_as_it_is() {
        assertThat(Links.href("/shop", "/campaign/autumn-sale")).isEqualTo("/shop/campaign/autumn-sale");
        assertThat(Links.href("", "/campaign/autumn-sale")).isEqualTo("/campaign/autumn-sale");
        assertThat(Links.href("/shop", "https://example.com/x")).isEqualTo("https://example.com/x");
        assertThat(Links.href("/shop", "//evil.example/x")).isEqualTo("//evil.example/x");
        assertThat(Links.href("/shop", null)).isNull();
    }

    @Test
    void an_image_is_served_from_the_media_path_by_its_id() {
        assertThat(Links.media("", 1000L)).isEqualTo("/media/1000");
        assertThat(Links.media("", null)).isNull();
    }
}
