package org.emporium.promotion.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emporium.promotion.control.PricingResult.Applied;
import org.emporium.promotion.control.PricingResult.Excluded;
import org.emporium.promotion.control.PricingResult.GiftLine;
import org.emporium.promotion.control.PricingResult.LineResult;
import org.emporium.promotion.control.PricingResult.Reason;
import org.emporium.promotion.control.PricingResult.Share;

/**
 * Prices a cart with the live campaigns: finds the combination the stacking rules allow that gives the shopper
 * the most (discounts plus the value of gifts), and explains it.
 *
 * <p>How: each campaign is first checked alone (time, channel, shopper, items in scope, threshold); those that
 * give something are searched for the best compatible set, by branch and bound: a greedy answer first (the most
 * giving campaigns that combine), then depth first in acting order, so that each step prices one campaign on what
 * those before it left. The bound holds because a campaign never gives more next to others than alone (item
 * discounts lower the base of what follows).
 * Within a set, campaigns act by phase (items, order, delivery), then priority (higher first), then id. Ties go
 * to the set of higher summed priority, then fewer campaigns, then lower ids: the same cart and campaigns
 * always give the same answer. The search stops after {@code maxEvaluations} steps, keeping the best found, and
 * says so in {@link PricingResult#searchComplete()}.
 */
public final class PromotionEngine {

    public static final int DEFAULT_MAX_EVALUATIONS = 20_000;

    private final StackingRules rules;
    private final int maxEvaluations;

    public PromotionEngine(StackingRules rules) {
        this(rules, DEFAULT_MAX_EVALUATIONS);
    }

    public PromotionEngine(StackingRules rules, int maxEvaluations) {
        this.rules = rules;
        this.maxEvaluations = maxEvaluations;
    }

    /** Prices the cart with no campaign held back by its budget. */
    public PricingResult price(PricingCart cart, List<Offer> offers) {
        return price(cart, offers, Set.of());
    }

    /** Prices the cart; campaigns named in {@code exhausted} have no budget left and are only explained. */
    public PricingResult price(PricingCart cart, List<Offer> offers, Set<Long> exhausted) {
        return new Search(cart, offers, exhausted).run();
    }

    /** One campaign in a priced set: what it took off each line, off delivery, and its gifts. */
    private record Effect(BigDecimal[] perLine, BigDecimal shipping, int gifts, BigDecimal giftValue, BigDecimal tier) {
        BigDecimal items() {
            BigDecimal sum = Money2.ZERO;
            for (BigDecimal d : perLine) {
                if (d != null) {
                    sum = sum.add(d);
                }
            }
            return sum;
        }

        BigDecimal benefit() {
            return items().add(shipping).add(giftValue);
        }
    }

    /** A priced set of candidates (indexes, in acting order) with the effect of each. */
    private record Outcome(int[] order, Effect[] effects, BigDecimal benefit, int prioritySum, int contributors) {}

    private final class Search {
        private final PricingCart cart;
        private final List<PricingCart.Line> lines;
        private final BigDecimal[] amounts;
        private final List<Offer> candidates = new ArrayList<>();
        private final List<int[]> scopes = new ArrayList<>();
        private final Map<Long, Excluded> excluded = new HashMap<>();
        private BigDecimal[] standalone;
        private Reason[][] conflict;
        /** For each candidate, those it excludes; and along the search's path, how many held exclude each. */
        private int[][] conflictsOf;

        private int[] blocked;
        /** The bound: the most the candidates from each index on could add, in fen. */
        private long[] suffixCents;

        private Outcome best;
        private int evaluations;
        private boolean complete = true;

        Search(PricingCart cart, List<Offer> offers, Set<Long> exhausted) {
            this.cart = cart;
            this.lines = cart.lines();
            this.amounts = lines.stream().map(PricingCart.Line::amount).toArray(BigDecimal[]::new);
            List<Offer> sorted =
                    offers.stream().sorted(Comparator.comparingLong(Offer::id)).toList();
            List<Offer> eligible = new ArrayList<>();
            List<int[]> eligibleScopes = new ArrayList<>();
            for (Offer offer : sorted) {
                Reason reason = null;
                Scope scope = offer.scope();
                if (scope.startsAt() != null && cart.at().isBefore(scope.startsAt())) {
                    reason = Reason.NOT_STARTED;
                } else if (scope.endsAt() != null && !cart.at().isBefore(scope.endsAt())) {
                    reason = Reason.ENDED;
                } else if (!scope.sellsThrough(cart.channel())) {
                    reason = Reason.OTHER_CHANNEL;
                } else if (!scope.admits(cart.shopperGroups())) {
                    reason = Reason.NOT_FOR_SHOPPER;
                } else if (exhausted.contains(offer.id())) {
                    reason = Reason.BUDGET_EXHAUSTED;
                } else if (offer.type() == CampaignType.FLASH_SALE
                        && offer.terms().stock() == 0) {
                    reason = Reason.SOLD_OUT;
                } else if (offer.type() == CampaignType.FLASH_SALE
                        && offer.terms().limit() == 0) {
                    reason = Reason.LIMIT_REACHED;
                }
                int[] idx = null;
                if (reason == null) {
                    idx = scopeOf(offer);
                    if (idx.length == 0) {
                        reason = Reason.NO_ITEMS_IN_SCOPE;
                    }
                }
                if (reason != null) {
                    excluded.put(offer.id(), new Excluded(offer, reason, null, null));
                } else {
                    eligible.add(offer);
                    eligibleScopes.add(idx);
                }
            }
            // alone first: what gives nothing alone gives nothing next to others
            List<Integer> useful = new ArrayList<>();
            BigDecimal[] alone = new BigDecimal[eligible.size()];
            for (int i = 0; i < eligible.size(); i++) {
                Effect effect = apply(eligible.get(i), eligibleScopes.get(i), amounts.clone(), cart.shippingFee());
                alone[i] = effect.benefit();
                if (alone[i].signum() > 0) {
                    useful.add(i);
                } else {
                    excluded.put(eligible.get(i).id(), notReached(eligible.get(i), eligibleScopes.get(i), amounts));
                }
            }
            // in acting order, so that the search adds each campaign after those it holds and prices it on their result
            useful.sort(Comparator.<Integer, Integer>comparing(
                            i -> eligible.get(i).type().phase().ordinal())
                    .thenComparing(i -> -eligible.get(i).priority())
                    .thenComparing(i -> eligible.get(i).id()));
            standalone = new BigDecimal[useful.size()];
            for (int k = 0; k < useful.size(); k++) {
                candidates.add(eligible.get(useful.get(k)));
                scopes.add(eligibleScopes.get(useful.get(k)));
                standalone[k] = alone[useful.get(k)];
            }
            int n = candidates.size();
            conflict = new Reason[n][n];
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    conflict[a][b] = conflict[b][a] = conflictBetween(a, b);
                }
            }
        }

        PricingResult run() {
            int n = candidates.size();
            BigDecimal[] suffix = new BigDecimal[n + 1];
            suffix[n] = Money2.ZERO;
            for (int i = n - 1; i >= 0; i--) {
                suffix[i] = suffix[i + 1].add(standalone[i]);
            }
            suffixCents = new long[n + 1];
            for (int i = 0; i <= n; i++) {
                suffixCents[i] = cents(suffix[i]);
            }
            conflictsOf = new int[n][];
            for (int a = 0; a < n; a++) {
                int count = 0;
                int[] with = new int[n];
                for (int b = 0; b < n; b++) {
                    if (conflict[a][b] != null) {
                        with[count++] = b;
                    }
                }
                conflictsOf[a] = Arrays.copyOf(with, count);
            }
            blocked = new int[n];
            Outcome none = evaluate(new int[0]);
            best = none;
            greedy();
            search(none, amounts.clone(), cart.shippingFee(), 0);
            return result();
        }

        /**
         * A first answer to beat: the most giving campaigns first, each kept if it combines with those kept and
         * adds something. With it the bound prunes from the start.
         */
        private void greedy() {
            Integer[] byBenefit = new Integer[candidates.size()];
            for (int i = 0; i < byBenefit.length; i++) {
                byBenefit[i] = i;
            }
            Arrays.sort(
                    byBenefit,
                    Comparator.<Integer, BigDecimal>comparing(i -> standalone[i])
                            .reversed()
                            .thenComparing(i -> -candidates.get(i).priority())
                            .thenComparing(i -> candidates.get(i).id()));
            int[] kept = new int[0];
            Outcome current = best;
            for (int i : byBenefit) {
                if (!compatible(i, kept) || evaluations >= maxEvaluations) {
                    continue;
                }
                int[] next = Arrays.copyOf(kept, kept.length + 1);
                next[kept.length] = i;
                Outcome outcome = evaluate(next);
                if (effectOf(outcome, i).benefit().signum() > 0
                        && outcome.benefit().compareTo(current.benefit()) > 0) {
                    kept = next;
                    current = outcome;
                }
            }
            if (better(current, best)) {
                best = current;
            }
        }

        /**
         * Depth first over the candidates in acting order: each step prices one more campaign on the lines as the
         * campaigns held left them ({@code net}, {@code shippingLeft}), so a step costs one campaign, not the set.
         */
        private void search(Outcome current, BigDecimal[] net, BigDecimal shippingLeft, int start) {
            if (better(current, best)) {
                best = current;
            }
            int[] chosen = current.order();
            long benefit = cents(current.benefit());
            for (int i = start; i < candidates.size(); i++) {
                if (benefit + suffixCents[i] < cents(best.benefit())) {
                    return;
                }
                if (blocked[i] > 0) {
                    continue; // a campaign held excludes it
                }
                if (evaluations >= maxEvaluations) {
                    complete = false;
                    return;
                }
                evaluations++;
                Effect effect = apply(candidates.get(i), scopes.get(i), net, shippingLeft);
                BigDecimal gained = effect.benefit();
                if (gained.signum() == 0) {
                    continue; // it adds nothing here, and nothing added later can give it more
                }
                BigDecimal[] after = net.clone();
                for (int line = 0; line < after.length; line++) {
                    if (effect.perLine()[line] != null) {
                        after[line] = after[line].subtract(effect.perLine()[line]);
                    }
                }
                int[] order = Arrays.copyOf(chosen, chosen.length + 1);
                order[chosen.length] = i;
                Effect[] effects = Arrays.copyOf(current.effects(), chosen.length + 1);
                effects[chosen.length] = effect;
                Outcome outcome = new Outcome(
                        order,
                        effects,
                        current.benefit().add(gained),
                        current.prioritySum() + candidates.get(i).priority(),
                        current.contributors() + 1);
                for (int j : conflictsOf[i]) {
                    blocked[j]++;
                }
                search(outcome, after, shippingLeft.subtract(effect.shipping()), i + 1);
                for (int j : conflictsOf[i]) {
                    blocked[j]--;
                }
            }
        }

        /** An amount of two decimals in fen, for the bound's sums. */
        private static long cents(BigDecimal amount) {
            return amount.movePointRight(2).setScale(0, RoundingMode.UP).longValueExact();
        }

        private boolean compatible(int i, int[] chosen) {
            for (int c : chosen) {
                if (conflict[i][c] != null) {
                    return false;
                }
            }
            return true;
        }

        private boolean better(Outcome a, Outcome b) {
            int c = a.benefit().compareTo(b.benefit());
            if (c != 0) {
                return c > 0;
            }
            if (a.prioritySum() != b.prioritySum()) {
                return a.prioritySum() > b.prioritySum();
            }
            if (a.contributors() != b.contributors()) {
                return a.contributors() < b.contributors();
            }
            return Arrays.compare(contributingIds(a), contributingIds(b)) < 0;
        }

        private long[] contributingIds(Outcome o) {
            List<Long> ids = new ArrayList<>();
            for (int k = 0; k < o.order().length; k++) {
                if (o.effects()[k].benefit().signum() > 0) {
                    ids.add(candidates.get(o.order()[k]).id());
                }
            }
            return ids.stream().mapToLong(Long::longValue).sorted().toArray();
        }

        private Effect effectOf(Outcome outcome, int candidate) {
            for (int k = 0; k < outcome.order().length; k++) {
                if (outcome.order()[k] == candidate) {
                    return outcome.effects()[k];
                }
            }
            throw new IllegalStateException("not in the set");
        }

        private Outcome evaluate(int[] set) {
            evaluations++;
            Integer[] order = Arrays.stream(set).boxed().toArray(Integer[]::new);
            Arrays.sort(order, actingOrder());
            BigDecimal[] net = amounts.clone();
            BigDecimal shippingLeft = cart.shippingFee();
            Effect[] effects = new Effect[order.length];
            BigDecimal benefit = Money2.ZERO;
            int prioritySum = 0;
            int contributors = 0;
            for (int k = 0; k < order.length; k++) {
                Effect effect = apply(candidates.get(order[k]), scopes.get(order[k]), net, shippingLeft);
                for (int line = 0; line < net.length; line++) {
                    if (effect.perLine()[line] != null) {
                        net[line] = net[line].subtract(effect.perLine()[line]);
                    }
                }
                shippingLeft = shippingLeft.subtract(effect.shipping());
                effects[k] = effect;
                BigDecimal gained = effect.benefit();
                benefit = benefit.add(gained);
                if (gained.signum() > 0) {
                    prioritySum += candidates.get(order[k]).priority();
                    contributors++;
                }
            }
            return new Outcome(
                    Arrays.stream(order).mapToInt(Integer::intValue).toArray(),
                    effects,
                    benefit,
                    prioritySum,
                    contributors);
        }

        private Comparator<Integer> actingOrder() {
            return Comparator.<Integer, Integer>comparing(
                            i -> candidates.get(i).type().phase().ordinal())
                    .thenComparing(i -> -candidates.get(i).priority())
                    .thenComparing(i -> candidates.get(i).id());
        }

        private int[] scopeOf(Offer offer) {
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> offer.scope().covers(lines.get(i)))
                    .toArray();
        }

        private Reason conflictBetween(int a, int b) {
            Offer x = candidates.get(a);
            Offer y = candidates.get(b);
            if (x.exclusive() || y.exclusive()) {
                return Reason.EXCLUSIVE;
            }
            if (x.stackingGroup().equals(y.stackingGroup())) {
                return overlap(a, b) ? Reason.SAME_GROUP : null;
            }
            return rules.combines(x.stackingGroup(), y.stackingGroup()) ? null : Reason.GROUPS_EXCLUDED;
        }

        private boolean overlap(int a, int b) {
            boolean shipA = candidates.get(a).type().phase() == CampaignType.Phase.SHIPPING;
            boolean shipB = candidates.get(b).type().phase() == CampaignType.Phase.SHIPPING;
            if (shipA || shipB) {
                return shipA && shipB;
            }
            int[] sa = scopes.get(a);
            int[] sb = scopes.get(b);
            int i = 0;
            int j = 0;
            while (i < sa.length && j < sb.length) {
                if (sa[i] == sb[j]) {
                    return true;
                }
                if (sa[i] < sb[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return false;
        }

        /** Why a campaign that is in scope gives nothing on these amounts, and what is missing when it can say. */
        private Excluded notReached(Offer offer, int[] idx, BigDecimal[] net) {
            BigDecimal base = Money2.ZERO;
            int units = 0;
            int most = 0;
            for (int i : idx) {
                base = base.add(net[i]);
                units += lines.get(i).quantity();
                most = Math.max(most, lines.get(i).quantity());
            }
            Terms t = offer.terms();
            return switch (offer.type()) {
                case SPEND_TIERS ->
                    base.compareTo(t.tiers().get(0).threshold()) < 0
                            ? new Excluded(
                                    offer,
                                    Reason.THRESHOLD_NOT_MET,
                                    null,
                                    t.tiers().get(0).threshold().subtract(base))
                            : new Excluded(offer, Reason.NOTHING_LEFT, null, null);
                case FREE_SHIPPING ->
                    t.threshold() != null
                                    && base.compareTo(t.threshold()) < 0
                                    && cart.shippingFee().signum() > 0
                            ? new Excluded(
                                    offer,
                                    Reason.THRESHOLD_NOT_MET,
                                    null,
                                    t.threshold().subtract(base))
                            : new Excluded(offer, Reason.NOTHING_LEFT, null, null);
                case BUY_X_GET_Y ->
                    units < t.buyQuantity()
                            ? new Excluded(
                                    offer, Reason.THRESHOLD_NOT_MET, null, BigDecimal.valueOf(t.buyQuantity() - units))
                            : new Excluded(offer, Reason.NOTHING_LEFT, null, null);
                case NTH_ITEM_OFF ->
                    most < t.nth()
                            ? new Excluded(offer, Reason.THRESHOLD_NOT_MET, null, BigDecimal.valueOf(t.nth() - most))
                            : new Excluded(offer, Reason.NOTHING_LEFT, null, null);
                case BUNDLE ->
                    bundles(offer, idx) == 0
                            ? new Excluded(offer, Reason.THRESHOLD_NOT_MET, null, null)
                            : new Excluded(offer, Reason.NOTHING_LEFT, null, null);
                default -> new Excluded(offer, Reason.NOTHING_LEFT, null, null);
            };
        }

        private int bundles(Offer offer, int[] idx) {
            Map<Long, Integer> units = new LinkedHashMap<>();
            for (Long p : offer.scope().productIds()) {
                units.put(p, 0);
            }
            for (int i : idx) {
                units.computeIfPresent(
                        lines.get(i).productId(), (p, u) -> u + lines.get(i).quantity());
            }
            return units.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        }

        /** What one campaign does to the lines as they stand ({@code net}); it never takes a line below zero. */
        private Effect apply(Offer offer, int[] idx, BigDecimal[] net, BigDecimal shippingLeft) {
            BigDecimal[] d = new BigDecimal[net.length];
            Terms t = offer.terms();
            BigDecimal shipping = Money2.ZERO;
            int gifts = 0;
            BigDecimal giftValue = Money2.ZERO;
            BigDecimal tier = null;
            switch (offer.type()) {
                case PERCENT_OFF -> {
                    for (int i : idx) {
                        d[i] = Money2.percentOf(net[i], t.percentOff());
                    }
                }
                case AMOUNT_OFF -> {
                    for (int i : idx) {
                        d[i] = Money2.min(
                                net[i],
                                t.amount()
                                        .multiply(
                                                BigDecimal.valueOf(lines.get(i).quantity())));
                    }
                }
                case FIXED_PRICE -> {
                    for (int i : idx) {
                        BigDecimal over = net[i].subtract(t.amount()
                                .multiply(BigDecimal.valueOf(lines.get(i).quantity())));
                        d[i] = over.signum() > 0 ? over : Money2.ZERO;
                    }
                }
                case FLASH_SALE -> {
                    int left = Math.min(t.stock(), t.limit());
                    for (int i : idx) {
                        int q = lines.get(i).quantity();
                        int take = Math.min(left, q);
                        if (take == 0) {
                            d[i] = Money2.ZERO;
                            continue;
                        }
                        left -= take;
                        BigDecimal taken = take == q
                                ? net[i]
                                : Money2.discount(net[i].multiply(BigDecimal.valueOf(take))
                                        .divide(BigDecimal.valueOf(q), 10, RoundingMode.DOWN));
                        BigDecimal over = taken.subtract(t.amount().multiply(BigDecimal.valueOf(take)));
                        d[i] = over.signum() > 0 ? over : Money2.ZERO;
                    }
                }
                case NTH_ITEM_OFF -> {
                    for (int i : idx) {
                        int q = lines.get(i).quantity();
                        int discounted = q / t.nth();
                        d[i] = discounted == 0
                                ? Money2.ZERO
                                : Money2.discount(net[i].multiply(BigDecimal.valueOf(discounted))
                                        .multiply(t.percentOff())
                                        .divide(BigDecimal.valueOf(q * 100L), 10, RoundingMode.DOWN));
                    }
                }
                case BUNDLE -> {
                    int b = bundles(offer, idx);
                    if (b > 0) {
                        Map<Long, Integer> left = new HashMap<>();
                        for (Long p : offer.scope().productIds()) {
                            left.put(p, b);
                        }
                        BigDecimal[] weights = new BigDecimal[idx.length];
                        BigDecimal base = BigDecimal.ZERO;
                        for (int k = 0; k < idx.length; k++) {
                            PricingCart.Line line = lines.get(idx[k]);
                            int take = Math.min(left.getOrDefault(line.productId(), 0), line.quantity());
                            left.computeIfPresent(line.productId(), (p, u) -> u - take);
                            weights[k] = net[idx[k]]
                                    .multiply(BigDecimal.valueOf(take))
                                    .divide(BigDecimal.valueOf(line.quantity()), 10, RoundingMode.DOWN);
                            base = base.add(weights[k]);
                        }
                        BigDecimal total =
                                Money2.discount(base.subtract(t.amount().multiply(BigDecimal.valueOf(b))));
                        if (total.signum() > 0) {
                            spread(total, idx, weights, d);
                        }
                    }
                }
                case SPEND_TIERS -> {
                    BigDecimal base = Money2.ZERO;
                    for (int i : idx) {
                        base = base.add(net[i]);
                    }
                    BigDecimal reduction = Money2.ZERO;
                    if (t.repeatTier()) {
                        Terms.Tier only = t.tiers().get(0);
                        BigDecimal times = base.divide(only.threshold(), 0, RoundingMode.DOWN);
                        if (times.signum() > 0) {
                            reduction = only.reduction().multiply(times);
                            tier = only.threshold().multiply(times);
                        }
                    } else {
                        for (Terms.Tier candidate : t.tiers()) {
                            if (base.compareTo(candidate.threshold()) >= 0) {
                                reduction = candidate.reduction();
                                tier = candidate.threshold();
                            }
                        }
                    }
                    BigDecimal total = Money2.min(reduction, base);
                    if (total.signum() > 0) {
                        BigDecimal[] weights = new BigDecimal[idx.length];
                        for (int k = 0; k < idx.length; k++) {
                            weights[k] = net[idx[k]];
                        }
                        spread(total, idx, weights, d);
                    } else {
                        tier = null;
                    }
                }
                case FREE_SHIPPING -> {
                    BigDecimal base = Money2.ZERO;
                    for (int i : idx) {
                        base = base.add(net[i]);
                    }
                    if (t.threshold() == null || base.compareTo(t.threshold()) >= 0) {
                        shipping = shippingLeft;
                    }
                }
                case BUY_X_GET_Y -> {
                    int units = 0;
                    for (int i : idx) {
                        units += lines.get(i).quantity();
                    }
                    int sets = units / t.buyQuantity();
                    if (t.maxGifts() > 0) {
                        sets = Math.min(sets, t.maxGifts());
                    }
                    gifts = sets * t.giftQuantity();
                    giftValue = t.giftValue().multiply(BigDecimal.valueOf(gifts));
                }
            }
            return new Effect(d, shipping, gifts, giftValue, tier);
        }

        private void spread(BigDecimal total, int[] idx, BigDecimal[] weights, BigDecimal[] d) {
            BigDecimal[] shares = Allocation.split(total, weights);
            for (int k = 0; k < idx.length; k++) {
                d[idx[k]] = shares[k];
            }
        }

        private PricingResult result() {
            List<List<Share>> shares = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                shares.add(new ArrayList<>());
            }
            List<GiftLine> gifts = new ArrayList<>();
            List<Applied> applied = new ArrayList<>();
            BigDecimal itemsDiscount = Money2.ZERO;
            BigDecimal shippingDiscount = Money2.ZERO;
            List<Integer> inBest = new ArrayList<>();
            for (int k = 0; k < best.order().length; k++) {
                Effect e = best.effects()[k];
                Offer offer = candidates.get(best.order()[k]);
                if (e.benefit().signum() == 0) {
                    excluded.put(offer.id(), new Excluded(offer, Reason.NOTHING_LEFT, null, null));
                    continue;
                }
                inBest.add(best.order()[k]);
                List<String> skus = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    BigDecimal share = e.perLine()[i];
                    if (share != null && share.signum() > 0) {
                        shares.get(i).add(new Share(offer.id(), share));
                        skus.add(lines.get(i).skuCode());
                    }
                }
                if (offer.type() == CampaignType.BUY_X_GET_Y || offer.type() == CampaignType.FREE_SHIPPING) {
                    for (int i : scopes.get(best.order()[k])) {
                        skus.add(lines.get(i).skuCode());
                    }
                }
                if (e.gifts() > 0) {
                    gifts.add(new GiftLine(offer.id(), offer.terms().giftSku(), e.gifts()));
                }
                itemsDiscount = itemsDiscount.add(e.items());
                shippingDiscount = shippingDiscount.add(e.shipping());
                applied.add(new Applied(offer, e.items(), e.shipping(), e.giftValue(), skus, e.tier()));
            }
            for (int c = 0; c < candidates.size(); c++) {
                Offer offer = candidates.get(c);
                if (inBest.contains(c) || excluded.containsKey(offer.id())) {
                    continue;
                }
                excluded.put(offer.id(), whyNot(c, inBest));
            }
            List<LineResult> lineResults = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                lineResults.add(new LineResult(lines.get(i).skuCode(), amounts[i], shares.get(i)));
            }
            List<Excluded> out = excluded.values().stream()
                    .sorted(Comparator.comparingLong(x -> x.offer().id()))
                    .toList();
            return new PricingResult(
                    lineResults,
                    gifts,
                    cart.itemsTotal(),
                    itemsDiscount,
                    cart.shippingFee(),
                    shippingDiscount,
                    applied,
                    out,
                    complete);
        }

        private Excluded whyNot(int c, List<Integer> inBest) {
            Offer offer = candidates.get(c);
            List<Integer> acting = new ArrayList<>(inBest);
            acting.sort(actingOrder());
            for (int b : acting) {
                if (conflict[c][b] != null) {
                    return new Excluded(offer, conflict[c][b], candidates.get(b).id(), null);
                }
            }
            int[] with = new int[inBest.size() + 1];
            for (int k = 0; k < inBest.size(); k++) {
                with[k] = inBest.get(k);
            }
            with[inBest.size()] = c;
            Outcome outcome = evaluate(with);
            if (effectOf(outcome, c).benefit().signum() == 0) {
                BigDecimal[] net = amounts.clone();
                for (int k = 0; k < best.order().length; k++) {
                    BigDecimal[] perLine = best.effects()[k].perLine();
                    for (int i = 0; i < net.length; i++) {
                        if (perLine[i] != null) {
                            net[i] = net[i].subtract(perLine[i]);
                        }
                    }
                }
                Excluded reached = notReached(offer, scopes.get(c), net);
                return reached.reason() == Reason.THRESHOLD_NOT_MET
                        ? reached
                        : new Excluded(offer, Reason.NOTHING_LEFT, null, null);
            }
            return new Excluded(offer, Reason.LOWER_TOTAL, null, null);
        }
    }
}
