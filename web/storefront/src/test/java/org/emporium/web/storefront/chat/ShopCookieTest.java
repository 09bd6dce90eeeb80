package org.emporium.web.storefront.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShopCookieTest {

    static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    void the_shop_visitor_id_is_found_among_the_handshakes_cookies() {
        assertThat(VisitorSocket.ShopCookie.shopVisitorId(
                        List.of("emporium_cart=abc; emporium_visitor=" + ID + "; JSESSIONID=xyz")))
                .contains(ID);
        assertThat(VisitorSocket.ShopCookie.shopVisitorId(List.of("JSESSIONID=xyz", "emporium_visitor=" + ID)))
                .contains(ID);
    }

    @Test
    void no_cookie_or_a_value_the_shop_did_not_make_names_no_one() {
        assertThat(VisitorSocket.ShopCookie.shopVisitorId(null)).isEmpty();
        assertThat(VisitorSocket.ShopCookie.shopVisitorId(List.of("JSESSIONID=xyz")))
                .isEmpty();
        assertThat(VisitorSocket.ShopCookie.shopVisitorId(List.of("emporium_visitor=' OR 1=1 --")))
                .isEmpty();
        assertThat(VisitorSocket.ShopCookie.shopVisitorId(List.of("xemporium_visitor=" + ID)))
                .isEmpty();
    }

    @Test
    void the_browsers_cart_is_found_by_its_cart_cookie_and_only_a_token_the_shop_made_counts() {
        assertThat(VisitorSocket.ShopCookie.cartOwner(List.of("emporium_visitor=x; emporium_cart=" + ID)))
                .contains("guest:" + ID);
        assertThat(VisitorSocket.ShopCookie.cartOwner(List.of("emporium_cart=customer:42")))
                .isEmpty();
        assertThat(VisitorSocket.ShopCookie.cartOwner(null)).isEmpty();
    }

    @Test
    void behind_a_proxy_of_this_network_the_visitors_address_is_the_first_one_the_proxy_forwards() {
        assertThat(VisitorSocket.ShopCookie.clientAddress("203.0.113.7", null)).isEqualTo("203.0.113.7");
        assertThat(VisitorSocket.ShopCookie.clientAddress("127.0.0.1", "203.0.113.7, 10.0.0.2"))
                .isEqualTo("203.0.113.7");
        assertThat(VisitorSocket.ShopCookie.clientAddress("10.1.2.3", "198.51.100.4"))
                .isEqualTo("198.51.100.4");
        assertThat(VisitorSocket.ShopCookie.clientAddress("203.0.113.7", "198.51.100.4"))
                .as("a visitor's own header is not believed")
                .isEqualTo("203.0.113.7");
    }
}
