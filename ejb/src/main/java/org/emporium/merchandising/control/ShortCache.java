package org.emporium.merchandising.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results kept for a short while on this node. Rankings change slowly and are read on every product and
 * category page; a minute-old list is fine, and every node converges within that minute without messaging.
 */
public final class ShortCache<K, V> {

    private record Entry<V>(V value, Instant expires) {}

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;
    private final int maxEntries;

    public ShortCache(Duration lifetime, int maxEntries, Clock clock) {
        this.lifetime = lifetime;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    public V get(K key, Supplier<V> compute) {
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.value();
        }
        V value = compute.get();
        if (entries.size() >= maxEntries) {
            // Keys are product or category ids with a window: a full cache is rare, and dropping all is simplest.
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now.plus(lifetime)));
        return value;
    }

    public void clear() {
        entries.clear();
    }
}
