package org.emporium.search.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class SearchRuleTest {

    @Test
    void a_synonym_group_is_words_cut_at_any_comma_and_applies_to_every_query() {
        SearchRule rule = new SearchRule(RuleKind.SYNONYM, "ignored", " 裙子，连衣裙, dress ,, 裙子");
        rule.checkRules("ignored");
        assertThat(rule.getQuery()).isNull();
        assertThat(rule.getTerms()).isEqualTo("裙子,连衣裙,dress");
    }

    @Test
    void a_synonym_group_of_one_word_is_refused() {
        assertThatThrownBy(() -> new SearchRule(RuleKind.SYNONYM, null, "裙子").checkRules(null))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "search.rule.synonym.two");
    }

    @Test
    void a_pin_needs_its_query_and_product_url_names() {
        SearchRule pin = new SearchRule(RuleKind.PIN, "衬衫", "Oxford-Shirt, linen-shirt");
        pin.checkRules("衬衫");
        assertThat(pin.termList()).containsExactly("oxford-shirt", "linen-shirt");
        assertThatThrownBy(() -> new SearchRule(RuleKind.PIN, "", "oxford-shirt").checkRules(""))
                .hasFieldOrPropertyWithValue("messageKey", "search.rule.query.required");
        assertThatThrownBy(() -> new SearchRule(RuleKind.BAN, "x", "not a slug!").checkRules("x"))
                .hasFieldOrPropertyWithValue("messageKey", "search.rule.slug");
    }

    @Test
    void a_redirect_goes_to_a_page_of_the_shop_or_an_https_address_never_to_script() {
        new SearchRule(RuleKind.REDIRECT, "售后", "/campaign/service-centre").checkRules("售后");
        new SearchRule(RuleKind.REDIRECT, "售后", "https://help.example.com/").checkRules("售后");
        for (String target : new String[] {"javascript:alert(1)", "//evil.example.com", "http://plain.example.com"}) {
            assertThatThrownBy(() -> new SearchRule(RuleKind.REDIRECT, "售后", target).checkRules("售后"))
                    .hasFieldOrPropertyWithValue("messageKey", "search.rule.redirect.target");
        }
    }
}
