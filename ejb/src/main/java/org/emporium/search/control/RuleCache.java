package org.emporium.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * This node's copy of the search rules, read again after {@link #TTL}: rules are read on every search and
 * change a few times a day, so a node may apply an old rule for up to half a minute after a change (the
 * node where staff saved it forgets its copy at once).
 */
@ApplicationScoped
public class RuleCache {

    static final Duration TTL = Duration.ofSeconds(30);

    private volatile SearchRules rules;
    private volatile long readAt;

    public SearchRules get(Supplier<SearchRules> load) {
        SearchRules current = rules;
        if (current == null || System.nanoTime() - readAt > TTL.toNanos()) {
            current = load.get();
            rules = current;
            readAt = System.nanoTime();
        }
        return current;
    }

    public void forget() {
        rules = null;
    }
}
