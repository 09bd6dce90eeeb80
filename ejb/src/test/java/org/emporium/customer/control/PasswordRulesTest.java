package org.emporium.customer.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void a_password_needs_eight_characters_a_letter_and_a_digit() {
        assertThat(PasswordRules.acceptable("secret12")).isTrue();
        assertThat(PasswordRules.acceptable("密码很安全abc123")).isTrue();
        assertThat(PasswordRules.acceptable("secret1")).isFalse();
        assertThat(PasswordRules.acceptable("12345678")).isFalse();
        assertThat(PasswordRules.acceptable("password")).isFalse();
        assertThat(PasswordRules.acceptable("a1".repeat(33))).isFalse();
        assertThat(PasswordRules.acceptable(null)).isFalse();
    }

    @Test
    void a_mobile_number_is_read_with_or_without_the_country_code() {
        assertThat(Phones.canonical("+86 139-1234-5678")).contains("13912345678");
        assertThat(Phones.canonical("13912345678")).contains("13912345678");
        assertThat(Phones.canonical("23912345678")).isEmpty();
        assertThat(Phones.canonical("abc")).isEmpty();
    }
}
