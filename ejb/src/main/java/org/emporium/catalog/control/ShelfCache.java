package org.emporium.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What this node keeps of the shelf: the catalogue structure, list pages with their facet counts and
 * product views. Every node holds its own copy; each node's {@code ShelfCacheListener} hears every
 * {@code catalog.*} event and drops what the event may have changed, and a time to live bounds how stale
 * an entry can be if an event is ever missed (a node cut off from the broker, a product whose publish
 * window opens without anyone touching it).
 *
 * <p>The stamps tell a cache further out (rendered pages) whether what it holds is older than the last
 * change that concerns it: one counter ticks on every change, lists take its value on every change, a
 * product on its own changes, and the structure on structural ones.
 */
@ApplicationScoped
public class ShelfCache {

    private static final Logger LOG = Logger.getLogger(ShelfCache.class.getName());

    /** More entries than this and the quarter loaded longest ago is dropped: a bound on memory, not an LRU. */
    static final int MAX_ENTRIES = 50_000;

    @Inject
    @ConfigProperty(name = "emporium.shelf.ttl-seconds", defaultValue = "300")
    long ttlSeconds;

    private final AtomicReference<Timed<ShelfStructure>> structure = new AtomicReference<>();
    private final Map<String, Timed<Object>> lists = new ConcurrentHashMap<>();
    private final Map<String, Timed<Object>> products = new ConcurrentHashMap<>();
    private final Map<String, Long> productIdsBySlug = new ConcurrentHashMap<>();

    private final AtomicLong clock = new AtomicLong(System.currentTimeMillis());
    private volatile long listStamp = clock.get();
    private volatile long structureStamp = clock.get();
    private final Map<Long, Long> productStamps = new ConcurrentHashMap<>();

    public ShelfCache() {}

    ShelfCache(long ttlSeconds) {
        this.ttlSeconds = ttlSeconds;
    }

    public Duration ttl() {
        return Duration.ofSeconds(ttlSeconds);
    }

    public ShelfStructure structure(Supplier<ShelfStructure> load) {
        Timed<ShelfStructure> current = structure.get();
        if (current == null || current.expired()) {
            long stampBefore = structureStamp;
            ShelfStructure loaded = load.get();
            Timed<ShelfStructure> fresh = new Timed<>(loaded, expiry());
            // A change that landed while loading makes the loaded copy doubtful: use it once, keep it not.
            if (stampBefore == structureStamp) {
                structure.compareAndSet(current, fresh);
            }
            return loaded;
        }
        return current.value();
    }

    /** A list page by its key (the query and the language), loaded when absent or expired. */
    @SuppressWarnings("unchecked")
    public <T> T list(String key, Supplier<T> load) {
        Timed<Object> hit = lists.get(key);
        if (hit != null && !hit.expired()) {
            return (T) hit.value();
        }
        long stampBefore = listStamp;
        T loaded = load.get();
        // Loaded across a change: the answer may predate it, so it serves this request only.
        if (stampBefore == listStamp) {
            trim(lists);
            lists.put(key, new Timed<>(loaded, expiry()));
        }
        return loaded;
    }

    /** A product view by its slug; the id is remembered so that an event naming the id finds the entry. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> product(String key, String slug, Supplier<Optional<T>> load, ToLongFunction<T> idOf) {
        Timed<Object> hit = products.get(key);
        if (hit != null && !hit.expired()) {
            return Optional.ofNullable((T) hit.value());
        }
        long stampBefore = clock.get();
        Optional<T> loaded = load.get();
        loaded.ifPresent(v -> productIdsBySlug.put(slug, idOf.applyAsLong(v)));
        Long id = productIdsBySlug.get(slug);
        long stampNow = Math.max(structureStamp, id == null ? listStamp : productStamps.getOrDefault(id, 0L));
        if (stampNow <= stampBefore) {
            trim(products);
            products.put(key, new Timed<>(loaded.orElse(null), expiry()));
        }
        return loaded;
    }

    /** A product changed (its id from the event): its views and every list go. */
    public void productChanged(long productId) {
        long now = clock.incrementAndGet();
        productStamps.put(productId, now);
        listStamp = now;
        lists.clear();
        // Slugs may have changed too; drop the views of every slug that led to this product.
        productIdsBySlug.entrySet().removeIf(e -> {
            if (e.getValue() == productId) {
                products.keySet().removeIf(k -> k.endsWith("|" + e.getKey()));
                return true;
            }
            return false;
        });
        // A view cached as "not found" may be this product under a new slug or newly on sale.
        products.values().removeIf(t -> t.value() == null);
        LOG.fine(() -> "Shelf cache: product " + productId + " changed");
    }

    /** Categories, brands or attributes changed (or an event we cannot place): everything goes. */
    public void everythingChanged() {
        long now = clock.incrementAndGet();
        structureStamp = now;
        listStamp = now;
        structure.set(null);
        lists.clear();
        products.clear();
        productIdsBySlug.clear();
        productStamps.clear();
        LOG.fine("Shelf cache: structure changed");
    }

    /**
     * A number that grows whenever something a page with the given tag shows may have changed:
     * {@code list} for product lists, {@code product:<id>} for a product page, anything else for the
     * structure. A rendered page stored with the stamp of its time is current while the stamp holds.
     */
    public long stamp(String tag) {
        if (tag != null && tag.startsWith("product:")) {
            try {
                long id = Long.parseLong(tag.substring("product:".length()));
                return Math.max(structureStamp, productStamps.getOrDefault(id, 0L));
            } catch (NumberFormatException e) {
                return listStamp;
            }
        }
        if ("list".equals(tag)) {
            return listStamp;
        }
        return structureStamp;
    }

    private long expiry() {
        return System.nanoTime() + Duration.ofSeconds(ttlSeconds).toNanos();
    }

    /** Past the bound, whatever expired goes, then the quarter loaded longest ago: never everything at once. */
    private static void trim(Map<String, Timed<Object>> map) {
        if (map.size() < MAX_ENTRIES) {
            return;
        }
        synchronized (map) {
            if (map.size() < MAX_ENTRIES) {
                return;
            }
            map.values().removeIf(Timed::expired);
            if (map.size() >= MAX_ENTRIES * 3 / 4) {
                map.entrySet().stream()
                        .sorted(Comparator.comparingLong(e -> e.getValue().expiresAtNanos()))
                        .limit(map.size() / 4)
                        .map(Map.Entry::getKey)
                        .toList()
                        .forEach(map::remove);
            }
        }
    }

    record Timed<T>(T value, long expiresAtNanos) {
        boolean expired() {
            return System.nanoTime() - expiresAtNanos > 0;
        }
    }
}
