package org.emporium.chat.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InvitationRuleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.UTC);
    private final ChatSite site = new ChatSite("shop", "Shop");

    @Test
    void every_condition_given_must_hold_and_blank_ones_always_do() {
        InvitationRule rule = rule("Baidu", "product.xhtml", 60, 2, null);

        assertThat(rule.matches(
                        facts("https://www.baidu.com/s?wd=衬衫", "https://shop/product.xhtml?slug=x", 60, 2, null)))
                .isTrue();
        assertThat(rule.matches(facts("https://www.BAIDU.com/", "https://shop/PRODUCT.xhtml", 61, 5, null)))
                .as("case does not matter")
                .isTrue();
        assertThat(rule.matches(facts("https://www.google.com/", "https://shop/product.xhtml", 60, 2, null)))
                .isFalse();
        assertThat(rule.matches(facts("baidu", "https://shop/cart.xhtml", 60, 2, null)))
                .isFalse();
        assertThat(rule.matches(facts("baidu", "https://shop/product.xhtml", 59, 2, null)))
                .isFalse();
        assertThat(rule.matches(facts("baidu", "https://shop/product.xhtml", 60, 1, null)))
                .isFalse();
        assertThat(rule(null, null, 0, 0, null).matches(facts(null, null, 0, 0, null)))
                .isTrue();
    }

    @Test
    void a_cart_value_is_asked_only_by_a_rule_that_names_one() {
        InvitationRule bigCart = rule(null, "cart.xhtml", 0, 0, new BigDecimal("800.00"));

        assertThat(bigCart.needsCart()).isTrue();
        assertThat(bigCart.matchesBesidesCart(facts(null, "/cart.xhtml", 0, 1, null)))
                .isTrue();
        assertThat(bigCart.matches(facts(null, "/cart.xhtml", 0, 1, null))).isFalse();
        assertThat(bigCart.matches(facts(null, "/cart.xhtml", 0, 1, new BigDecimal("799.99"))))
                .isFalse();
        assertThat(bigCart.matches(facts(null, "/cart.xhtml", 0, 1, new BigDecimal("800"))))
                .isTrue();
        assertThat(bigCart.matchesBesidesCart(facts(null, "/product.xhtml", 0, 1, null)))
                .isFalse();
    }

    @Test
    void an_inactive_rule_never_matches_and_a_rule_speaks_the_visitors_language() {
        InvitationRule rule = new InvitationRule(site, NOW);
        rule.define("Quiet", 0, null, null, 0, 0, null, "您好", "Hello", false);

        assertThat(rule.matches(facts(null, null, 100, 100, null))).isFalse();
        assertThat(rule.text(Locale.ENGLISH)).isEqualTo("Hello");
        assertThat(rule.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("您好");
    }

    @Test
    void a_rule_without_a_name_a_line_in_either_language_or_with_nonsense_counts_is_refused() {
        InvitationRule rule = new InvitationRule(site, NOW);
        assertThatThrownBy(() -> rule.define(" ", 0, null, null, 0, 0, null, "您好", "Hello", true))
                .hasMessageStartingWith("chat.invitation-rule.name");
        assertThatThrownBy(() -> rule.define("R", 0, null, null, 0, 0, null, "您好", "", true))
                .hasMessageStartingWith("chat.invitation-rule.text");
        assertThatThrownBy(() -> rule.define("R", 0, null, null, -1, 0, null, "您好", "Hello", true))
                .hasMessageStartingWith("chat.invitation-rule.negative");
        assertThatThrownBy(() -> rule.define("R", 0, null, null, 0, 0, BigDecimal.ZERO, "您好", "Hello", true))
                .hasMessageStartingWith("chat.invitation-rule.cart");
    }

    private InvitationRule rule(String source, String page, int seconds, int pages, BigDecimal cart) {
        InvitationRule rule = new InvitationRule(site, NOW);
        rule.define("Rule", 0, source, page, seconds, pages, cart, "需要帮忙吗？", "Need a hand?", true);
        return rule;
    }

    private static InvitationRule.Facts facts(String source, String url, long seconds, int pages, BigDecimal cart) {
        return new InvitationRule.Facts(source, url, seconds, pages, cart);
    }
}
