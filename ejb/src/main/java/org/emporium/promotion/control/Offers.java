package org.emporium.promotion.control;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.StackingRule;

/** Campaigns and stacking rules as stored, turned into what the engine takes. */
public final class Offers {

    private Offers() {}

    /** The engine's view of a campaign; a campaign whose terms do not fit its type is an IllegalArgumentException. */
    public static Offer of(Campaign c, String name) {
        Scope scope = new Scope(
                longs(c.getProductIds()),
                longs(c.getCategoryIds()),
                longs(c.getBrandIds()),
                strings(c.getShopperGroups()),
                strings(c.getChannels()),
                c.getStartsAt() == null ? null : c.getStartsAt().toInstant(),
                c.getEndsAt() == null ? null : c.getEndsAt().toInstant());
        return new Offer(
                c.getId() == null ? 0 : c.getId(),
                name,
                CampaignType.valueOf(c.getCampaignType()),
                TermsCodec.terms(TermsCodec.parse(c.getTerms())),
                scope,
                c.getStackingGroup(),
                c.isExclusive(),
                c.getPriority());
    }

    public static StackingRules rules(List<StackingRule> stored) {
        StackingRules rules = StackingRules.excludingByDefault();
        for (StackingRule r : stored) {
            if (r.isCombine()) {
                rules.combine(r.getGroupA(), r.getGroupB());
            } else {
                rules.exclude(r.getGroupA(), r.getGroupB());
            }
        }
        return rules;
    }

    /** Whether the campaign's window is open at this instant (status aside). */
    public static boolean inWindow(Campaign c, Instant at) {
        return (c.getStartsAt() == null || !at.isBefore(c.getStartsAt().toInstant()))
                && (c.getEndsAt() == null || at.isBefore(c.getEndsAt().toInstant()));
    }

    private static Set<Long> longs(String list) {
        return list == null || list.isBlank()
                ? Set.of()
                : Arrays.stream(list.split(","))
                        .map(Long::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> strings(String list) {
        return list == null || list.isBlank() ? Set.of() : Set.of(list.split(","));
    }
}
