package org.emporium.merchandising.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShortCacheTest {

    private Instant now = Instant.parse("2026-11-25T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void a_result_is_reused_within_its_lifetime_and_computed_again_after() {
        ShortCache<String, Integer> cache = new ShortCache<>(Duration.ofSeconds(60), 100, clock);
        AtomicInteger computed = new AtomicInteger();

        cache.get("k", computed::incrementAndGet);
        now = now.plusSeconds(59);
        int within = cache.get("k", computed::incrementAndGet);
        now = now.plusSeconds(1);
        int after = cache.get("k", computed::incrementAndGet);

        assertThat(within).isEqualTo(1);
        assertThat(after).isEqualTo(2);
    }

    @Test
    void clearing_forgets_every_result() {
        ShortCache<String, Integer> cache = new ShortCache<>(Duration.ofSeconds(60), 100, clock);
        AtomicInteger computed = new AtomicInteger();
        cache.get("k", computed::incrementAndGet);

        cache.clear();

        assertThat(cache.get("k", computed::incrementAndGet)).isEqualTo(2);
    }
}
