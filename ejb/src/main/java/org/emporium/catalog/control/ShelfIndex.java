package org.emporium.catalog.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.emporium.catalog.boundary.ShelfSort;

/**
 * Every product on sale in one list scope (a category with everything below it, or a brand), held in
 * memory in the few numbers a list needs: brand, lowest price, age, publish window, the options it offers,
 * and its place in each order. Any filter's total, facet counts, price bands and page are computed from it
 * in one pass, without the database, so a shopper's new combination of filters costs a fraction of a
 * millisecond per thousand products instead of a round of SQL. Immutable once built; the shelf cache drops
 * it with the lists whenever a product changes.
 */
public final class ShelfIndex implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A product as the index receives it; options as (attribute id, option id) pairs. */
    public record Entry(
            long id,
            Long brandId,
            BigDecimal minPrice,
            Instant createdAt,
            Instant publishAt,
            Instant unpublishAt,
            String nameZh,
            String nameEn,
            long[][] options) {}

    private static final long NONE = Long.MIN_VALUE;
    private static final int BRAND = 1;
    private static final int PRICE = 2;

    private final long[] ids;
    private final long[] brands;
    private final long[] cents;
    private final long[] publishAt;
    private final long[] unpublishAt;
    private final long[][] attributes;
    private final long[][] options;
    private final int[] newest;
    private final int[] cheapest;
    private final int[] nameZh;
    private final int[] nameEn;

    public ShelfIndex(List<Entry> entries) {
        int n = entries.size();
        ids = new long[n];
        brands = new long[n];
        cents = new long[n];
        publishAt = new long[n];
        unpublishAt = new long[n];
        attributes = new long[n][];
        options = new long[n][];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            ids[i] = e.id();
            brands[i] = e.brandId() == null ? NONE : e.brandId();
            cents[i] =
                    e.minPrice() == null ? NONE : e.minPrice().movePointRight(2).longValue();
            publishAt[i] =
                    e.publishAt() == null ? Long.MIN_VALUE : e.publishAt().toEpochMilli();
            unpublishAt[i] =
                    e.unpublishAt() == null ? Long.MAX_VALUE : e.unpublishAt().toEpochMilli();
            attributes[i] = new long[e.options().length];
            options[i] = new long[e.options().length];
            for (int k = 0; k < e.options().length; k++) {
                attributes[i][k] = e.options()[k][0];
                options[i][k] = e.options()[k][1];
            }
        }
        // Each order ends on the id, as the SQL it replaces did, so pages never overlap or skip.
        newest = order(
                n,
                Comparator.comparing((Integer i) -> entries.get(i).createdAt())
                        .reversed()
                        .thenComparing(
                                Comparator.comparingLong((Integer i) -> ids[i]).reversed()));
        cheapest = order(
                n,
                Comparator.comparingLong((Integer i) -> cents[i] == NONE ? Long.MAX_VALUE : cents[i])
                        .thenComparingLong(i -> ids[i]));
        nameZh = order(n, byName(Locale.SIMPLIFIED_CHINESE, i -> entries.get(i).nameZh()));
        nameEn = order(n, byName(Locale.ENGLISH, i -> entries.get(i).nameEn()));
    }

    public int size() {
        return ids.length;
    }

    /** What a list shows for one filter: the page's product ids in order, the total and every facet's counts. */
    public record Answer(
            List<Long> page,
            long total,
            Map<Long, Long> brandCounts,
            Map<Long, Map<Long, Long>> optionCounts,
            BigDecimal lowest,
            BigDecimal highest,
            long[] bandCounts) {}

    /**
     * Answers a filter (its scope is this index's): products shown at {@code now} that pass every choice
     * make the total and the page; each facet's counts ignore that facet's own choice. Price bands come from
     * {@code bands}, given the lowest and highest price of the products that pass every other choice.
     */
    public Answer answer(
            ShelfFilter filter,
            List<Long> facetAttributes,
            ShelfSort sort,
            Locale locale,
            int first,
            int max,
            BiFunction<BigDecimal, BigDecimal, List<BigDecimal>> bands) {
        long now = filter.now().toInstant().toEpochMilli();
        List<Long> chosenAttributes = new ArrayList<>(filter.options().keySet());
        int n = ids.length;
        int[] masks = new int[n];
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        long total = 0;
        Map<Long, Long> brandCounts = new HashMap<>();
        Map<Long, Map<Long, Long>> optionCounts = new HashMap<>();
        facetAttributes.forEach(a -> optionCounts.put(a, new HashMap<>()));
        // At least the minimum and below the maximum: in whole cents, both bounds round up.
        long minCents = filter.minPrice() == null ? NONE : upToCents(filter.minPrice());
        long maxCents = filter.maxPrice() == null ? NONE : upToCents(filter.maxPrice());
        for (int i = 0; i < n; i++) {
            if (publishAt[i] > now || unpublishAt[i] <= now) {
                masks[i] = -1;
                continue;
            }
            int mask = 0;
            if (!filter.brandIds().isEmpty()
                    && (brands[i] == NONE || !filter.brandIds().contains(brands[i]))) {
                mask |= BRAND;
            }
            if ((minCents != NONE && (cents[i] == NONE || cents[i] < minCents))
                    || (maxCents != NONE && (cents[i] == NONE || cents[i] >= maxCents))) {
                mask |= PRICE;
            }
            for (int a = 0; a < chosenAttributes.size(); a++) {
                if (!offers(i, chosenAttributes.get(a), filter.options().get(chosenAttributes.get(a)))) {
                    mask |= 4 << a;
                }
            }
            masks[i] = mask;
            if (mask == 0) {
                total++;
            }
            if ((mask & ~BRAND) == 0 && brands[i] != NONE) {
                brandCounts.merge(brands[i], 1L, Long::sum);
            }
            if ((mask & ~PRICE) == 0 && cents[i] != NONE) {
                low = Math.min(low, cents[i]);
                high = Math.max(high, cents[i]);
            }
            for (Long attribute : facetAttributes) {
                int own = chosenAttributes.indexOf(attribute);
                int rest = own < 0 ? mask : mask & ~(4 << own);
                if (rest == 0) {
                    Map<Long, Long> counts = optionCounts.get(attribute);
                    for (int k = 0; k < options[i].length; k++) {
                        if (attributes[i][k] == attribute) {
                            counts.merge(options[i][k], 1L, Long::sum);
                        }
                    }
                }
            }
        }
        BigDecimal lowest = low == Long.MAX_VALUE ? null : BigDecimal.valueOf(low, 2);
        BigDecimal highest = high == Long.MIN_VALUE ? null : BigDecimal.valueOf(high, 2);
        List<BigDecimal> cuts = bands.apply(lowest, highest);
        long[] bandCounts = new long[cuts.isEmpty() ? 0 : cuts.size() + 1];
        if (!cuts.isEmpty()) {
            long[] cutCents = cuts.stream().mapToLong(ShelfIndex::upToCents).toArray();
            for (int i = 0; i < n; i++) {
                if (masks[i] != -1 && (masks[i] & ~PRICE) == 0 && cents[i] != NONE) {
                    int band = 0;
                    while (band < cutCents.length && cents[i] >= cutCents[band]) {
                        band++;
                    }
                    bandCounts[band]++;
                }
            }
        }
        int[] order = switch (sort) {
            case NEWEST -> newest;
            case PRICE_ASC -> cheapest;
            case PRICE_DESC -> null;
            case NAME -> locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
        };
        List<Long> page = new ArrayList<>(Math.max(0, max));
        int seen = 0;
        for (int k = 0; k < n && page.size() < max; k++) {
            int i = order != null ? order[k] : cheapestDescending(k);
            if (masks[i] == 0 && seen++ >= first) {
                page.add(ids[i]);
            }
        }
        return new Answer(page, total, brandCounts, optionCounts, lowest, highest, bandCounts);
    }

    private static long upToCents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.CEILING).movePointRight(2).longValueExact();
    }

    /** Dearest first, the higher id first among equals: the cheapest order read backwards. */
    private int cheapestDescending(int k) {
        return cheapest[cheapest.length - 1 - k];
    }

    private boolean offers(int i, long attribute, SortedSet<Long> chosen) {
        for (int k = 0; k < options[i].length; k++) {
            if (attributes[i][k] == attribute && chosen.contains(options[i][k])) {
                return true;
            }
        }
        return false;
    }

    private static int[] order(int n, Comparator<Integer> comparator) {
        Integer[] positions = new Integer[n];
        Arrays.setAll(positions, i -> i);
        Arrays.sort(positions, comparator);
        return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
    }

    private Comparator<Integer> byName(Locale locale, IntFunction<String> name) {
        Collator collator = Collator.getInstance(locale);
        return Comparator.comparing((Integer i) -> name.apply(i) == null ? "" : name.apply(i), collator)
                .thenComparingLong(i -> ids[i]);
    }
}
