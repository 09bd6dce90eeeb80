package org.emporium.merchandising.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The "also bought" pairs of one order: every ordered pair of distinct products in it. A product on two lines
 * (two sizes) counts once, so that an order adds one to a pair at most.
 */
public final class CoPurchases {

    public record Pair(long productId, long otherId) {}

    private CoPurchases() {}

    public static List<Pair> pairs(Collection<Long> productIdsOfOneOrder) {
        List<Long> distinct = new ArrayList<>(new TreeSet<>(productIdsOfOneOrder));
        List<Pair> pairs = new ArrayList<>();
        for (Long a : distinct) {
            for (Long b : distinct) {
                if (!a.equals(b)) {
                    pairs.add(new Pair(a, b));
                }
            }
        }
        return pairs;
    }
}
