package org.emporium.customer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.emporium.customer.control.Secrets;
import org.junit.jupiter.api.Test;

class RememberMeTokenTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 6, 2, 0, 0, 0, ZoneOffset.UTC);

    final String token = Secrets.linkToken();
    final RememberMeToken remembered =
            new RememberMeToken(7, Secrets.hash("series"), Secrets.hash(token), NOW, Duration.ofDays(30));

    @Test
    void the_current_token_signs_in_once_and_is_replaced_by_the_next() {
        String next = Secrets.linkToken();

        assertThat(remembered.use(Secrets.hash(token), Secrets.hash(next), NOW.plusDays(1)))
                .isEqualTo(RememberMeToken.Use.ACCEPTED);
        assertThat(remembered.getTokenHash()).isEqualTo(Secrets.hash(next));
        assertThat(remembered.use(Secrets.hash(next), Secrets.hash("third"), NOW.plusDays(2)))
                .isEqualTo(RememberMeToken.Use.ACCEPTED);
    }

    @Test
    void an_old_token_presented_again_means_the_cookie_was_copied() {
        remembered.use(Secrets.hash(token), Secrets.hash("next"), NOW.plusDays(1));

        assertThat(remembered.use(Secrets.hash(token), Secrets.hash("other"), NOW.plusDays(1)))
                .isEqualTo(RememberMeToken.Use.STOLEN);
        assertThat(remembered.getTokenHash())
                .as("the thief's try changes nothing")
                .isEqualTo(Secrets.hash("next"));
    }

    @Test
    void a_series_ends_after_its_lifetime_however_often_it_was_used() {
        String current = token;
        for (int day = 1; day < 30; day++) {
            String next = Secrets.linkToken();
            assertThat(remembered.use(Secrets.hash(current), Secrets.hash(next), NOW.plusDays(day)))
                    .isEqualTo(RememberMeToken.Use.ACCEPTED);
            current = next;
        }

        assertThat(remembered.use(Secrets.hash(current), Secrets.hash("late"), NOW.plusDays(30)))
                .isEqualTo(RememberMeToken.Use.EXPIRED);
    }

    @Test
    void only_hashes_are_kept() {
        assertThat(remembered.getSeriesHash()).isNotEqualTo("series").hasSize(64);
        assertThat(remembered.getTokenHash()).isNotEqualTo(token).hasSize(64);
    }
}
