package org.emporium.customer.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void a_code_is_six_digits_and_codes_vary() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = Secrets.sixDigits();
            assertThat(code).matches("\\d{6}");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(190);
    }

    @Test
    void a_link_token_carries_256_random_bits_in_url_safe_characters() {
        String token = Secrets.linkToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Secrets.linkToken()).isNotEqualTo(token);
    }

    @Test
    void only_the_hash_is_kept_and_it_matches_the_secret_alone() {
        String stored = Secrets.hash("048213");

        assertThat(stored).doesNotContain("048213").hasSize(64);
        assertThat(Secrets.matches("048213", stored)).isTrue();
        assertThat(Secrets.matches(" 048213 ", stored)).as("pasted with spaces").isTrue();
        assertThat(Secrets.matches("48213", stored)).isFalse();
        assertThat(Secrets.matches(null, stored)).isFalse();
    }
}
