package org.emporium.merchandising.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** This node's short memory of best-seller and also-bought lists (a minute), shared by all requests. */
@ApplicationScoped
public class RankingCache {

    public static final Duration LIFETIME = Duration.ofSeconds(60);

    private final ShortCache<String, List<Long>> lists = new ShortCache<>(LIFETIME, 10_000, Clock.systemUTC());

    public ShortCache<String, List<Long>> lists() {
        return lists;
    }
}
