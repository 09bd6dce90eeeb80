package org.emporium.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.emporium.platform.money.Money;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** The field rules a form shows before anything reaches the boundary, with their messages in both languages. */
class CatalogValidationTest {

    @Test
    void an_edited_product_with_a_negative_price_and_no_english_name_is_invalid() {
        Product product = new Product(new Category(null, "shirts", "衬衫", "Shirts", 0), "oxford-shirt", "衬衫", "");
        Sku sku = product.addSku("SHIRT-OX-WH-M", "白色", "White", Money.cny("199.00"), null);
        sku.setPrice(new BigDecimal("-5"));

        Set<String> messages = messages(product, Locale.ENGLISH);

        assertThat(messages).contains("A name is required.", "The price must be greater than zero.");
    }

    @Test
    void messages_are_in_chinese_for_chinese_users() {
        Product product = new Product(new Category(null, "shirts", "衬衫", "Shirts", 0), "Bad Slug!", "衬衫", "Shirt");

        assertThat(messages(product, Locale.SIMPLIFIED_CHINESE)).contains("只能使用小写字母、数字和单个连字符，例如 slim-oxford-shirt。");
    }

    @Test
    void a_price_with_three_decimals_is_invalid() {
        Product product = new Product(new Category(null, "shirts", "衬衫", "Shirts", 0), "shirt", "衬衫", "Shirt");
        Sku sku = product.addSku("SHIRT-1", "a", "a", Money.cny("1.00"), null);
        sku.setPrice(new BigDecimal("1.005"));

        assertThat(messages(product, Locale.ENGLISH)).contains("A price has at most two decimals.");
    }

    /** What a form shows in the given language (Jakarta Faces asks the validator in the view's locale). */
    private static Set<String> messages(Object bean, Locale locale) {
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .defaultLocale(locale)
                .buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            return validator.validate(bean).stream()
                    .map(ConstraintViolation::getMessage)
                    .collect(Collectors.toSet());
        }
    }
}
