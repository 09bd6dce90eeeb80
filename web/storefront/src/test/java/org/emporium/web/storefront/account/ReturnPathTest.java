package org.emporium.web.storefront.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnPathTest {

    @Test
    void a_shopper_returns_to_a_page_of_the_shop_with_its_query() {
        assertThat(ReturnPath.of("/product.xhtml?slug=oxford-shirt")).contains("/product.xhtml?slug=oxford-shirt");
        assertThat(ReturnPath.of("/cart.xhtml")).contains("/cart.xhtml");
        assertThat(ReturnPath.of("/brand/north-loom")).contains("/brand/north-loom");
    }

    @Test
    void no_address_of_another_site_is_followed_after_sign_in() {
        assertThat(ReturnPath.of("https://evil.example/")).isEmpty();
        assertThat(ReturnPath.of("//evil.example/x")).isEmpty();
        assertThat(ReturnPath.of("/\\evil.example")).isEmpty();
        assertThat(ReturnPath.of("/%2F%2Fevil.example")).isEmpty();
        assertThat(ReturnPath.of("javascript:alert(1)")).isEmpty();
        assertThat(ReturnPath.of("/cart.xhtml\r\nSet-Cookie: x=1")).isEmpty();
        assertThat(ReturnPath.of("")).isEmpty();
        assertThat(ReturnPath.of(null)).isEmpty();
    }

    @Test
    void the_sign_in_page_itself_is_no_place_to_return_to() {
        assertThat(ReturnPath.of("/login.xhtml?next=/login.xhtml")).isEmpty();
    }

    @Test
    void the_page_being_shown_is_named_without_the_context_path() {
        assertThat(ReturnPath.here("/shop", "/shop/category.xhtml", "slug=apparel"))
                .isEqualTo("/category.xhtml?slug=apparel");
        assertThat(ReturnPath.here("", "/", null)).isEqualTo("/");
        assertThat(ReturnPath.here("", "//evil.example", null)).isEqualTo("/");
    }
}
