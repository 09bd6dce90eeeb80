package org.emporium.search.control;

import java.util.ArrayList;
import java.util.List;

/** Round price boundaries (in cents) that split a range of prices into at most five bands. */
final class PriceCuts {

    private static final long[] LADDER = {
        1_000,
        2_000,
        5_000,
        10_000,
        20_000,
        30_000,
        50_000,
        100_000,
        200_000,
        300_000,
        500_000,
        1_000_000,
        2_000_000,
        5_000_000,
        10_000_000
    };

    private PriceCuts() {}

    static List<Long> between(long lowest, long highest) {
        List<Long> inside = new ArrayList<>();
        for (long cut : LADDER) {
            if (cut > lowest && cut <= highest) {
                inside.add(cut);
            }
        }
        if (inside.size() <= 4) {
            return inside;
        }
        List<Long> four = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            four.add(inside.get(i * inside.size() / 5));
        }
        return four.stream().distinct().toList();
    }
}
