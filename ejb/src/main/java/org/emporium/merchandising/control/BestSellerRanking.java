package org.emporium.merchandising.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a best-seller list: most units first; on a tie, the product in more orders (bought by more
 * people, not in one big order); then the lower product id, so that the same sales always give the same list.
 */
public final class BestSellerRanking {

    public static final Comparator<SalesTotal> ORDER = Comparator.comparingLong(SalesTotal::units)
            .reversed()
            .thenComparing(Comparator.comparingLong(SalesTotal::orders).reversed())
            .thenComparingLong(SalesTotal::productId);

    private BestSellerRanking() {}

    public static List<Long> rank(Collection<SalesTotal> totals, int limit) {
        return totals.stream()
                .filter(t -> t.units() > 0)
                .sorted(ORDER)
                .limit(Math.max(0, limit))
                .map(SalesTotal::productId)
                .toList();
    }

    /**
     * The first instant inside a window of so many days ending now: a sale at exactly this instant counts,
     * one a moment earlier does not.
     */
    public static OffsetDateTime windowStart(OffsetDateTime now, int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("A ranking window is 1 to 366 days, not " + days);
        }
        return now.minus(Duration.ofDays(days));
    }
}
