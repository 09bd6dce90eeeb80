package org.emporium.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.FacesMessage;
import java.util.Locale;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void a_broken_rule_reads_as_an_error_sentence_with_its_arguments_in_the_users_language() {
        BusinessRuleViolation taken = new BusinessRuleViolation("catalog.slug.taken", "oxford-shirt");

        FacesMessage english = Messages.rule(taken.messageKey(), taken.arguments(), Locale.ENGLISH);
        FacesMessage chinese = Messages.rule(taken.messageKey(), taken.arguments(), Locale.SIMPLIFIED_CHINESE);

        assertThat(english.getSeverity()).isEqualTo(FacesMessage.SEVERITY_ERROR);
        assertThat(english.getSummary()).isEqualTo("The URL name “oxford-shirt” is already used by another product.");
        assertThat(chinese.getSummary()).isEqualTo("URL 名称“oxford-shirt”已被其他商品使用。");
    }

    @Test
    void an_id_argument_is_written_without_grouping_separators() {
        String text = Messages.text(Messages.RULES, Locale.ENGLISH, "catalog.product.notFound", 12345L);

        assertThat(text).isEqualTo("Product 12345 no longer exists.");
    }

    @Test
    void an_enum_argument_is_shown_by_its_label_rather_than_its_constant() {
        BusinessRuleViolation backToDraft =
                new BusinessRuleViolation("catalog.product.backToDraft", ProductStatus.ON_SALE);

        assertThat(Messages.rule(backToDraft.messageKey(), backToDraft.arguments(), Locale.ENGLISH)
                        .getSummary())
                .startsWith("A product that is on sale cannot go back to draft");
        assertThat(Messages.rule(backToDraft.messageKey(), backToDraft.arguments(), Locale.SIMPLIFIED_CHINESE)
                        .getSummary())
                .startsWith("状态为“在售”的商品");
    }

    @Test
    void a_rule_without_arguments_is_taken_as_written() {
        assertThat(Messages.text(Messages.RULES, Locale.SIMPLIFIED_CHINESE, "catalog.sku.price.positive"))
                .isEqualTo("价格必须大于零。");
    }

    @Test
    void a_locale_without_its_own_bundle_falls_back_to_english_not_to_the_servers_language() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(Messages.text(Messages.RULES, Locale.GERMAN, "catalog.sku.price.positive"))
                    .isEqualTo("The price must be greater than zero.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_missing_key_shows_itself_so_that_it_is_found_and_fixed() {
        assertThat(Messages.text(Messages.RULES, Locale.ENGLISH, "no.such.key", "x"))
                .isEqualTo("???no.such.key???");
    }
}
