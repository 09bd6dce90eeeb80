package org.emporium.customer.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 12, 0, 0, 0, ZoneOffset.UTC);

    private final OneTimeCode code =
            new OneTimeCode("13912345678", CodePurpose.REGISTER, "hash", NOW, Duration.ofMinutes(10));

    @Test
    void a_code_is_good_until_it_expires() {
        assertThat(code.usable(NOW.plusMinutes(9))).isTrue();
        assertThat(code.usable(NOW.plusMinutes(10))).isFalse();
    }

    @Test
    void five_wrong_tries_spend_a_code() {
        for (int i = 0; i < OneTimeCode.MAX_TRIES - 1; i++) {
            code.wrongTry();
        }
        assertThat(code.usable(NOW)).isTrue();
        code.wrongTry();
        assertThat(code.usable(NOW)).isFalse();
    }

    @Test
    void a_code_is_used_once() {
        code.use(NOW);

        assertThat(code.usable(NOW)).isFalse();
        assertThatThrownBy(() -> code.use(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_reset_token_expires_and_is_used_once() {
        PasswordReset reset = new PasswordReset(1L, "EMAIL", "hash", NOW, Duration.ofMinutes(30));

        assertThat(reset.usable(NOW.plusMinutes(29))).isTrue();
        assertThat(reset.usable(NOW.plusMinutes(31))).isFalse();
        reset.use(NOW);
        assertThat(reset.usable(NOW)).isFalse();
        assertThatThrownBy(() -> reset.use(NOW)).isInstanceOf(IllegalStateException.class);
    }
}
