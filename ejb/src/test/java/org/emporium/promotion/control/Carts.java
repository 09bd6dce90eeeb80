package org.emporium.promotion.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Sample carts and campaigns for the engine's tests, written the way a merchant would say them. */
final class Carts {

    static final Instant NOW = Instant.parse("2026-11-11T04:00:00Z");

    private final List<PricingCart.Line> lines = new ArrayList<>();
    private Set<String> groups = Set.of();
    private String channel = "web";
    private BigDecimal shipping = new BigDecimal("10.00");

    static Carts cart() {
        return new Carts();
    }

    /** A line of product {@code product} in category {@code category} of brand {@code brand}. */
    Carts line(String sku, long product, long category, long brand, String price, int quantity) {
        lines.add(new PricingCart.Line(sku, product, Set.of(category), brand, new BigDecimal(price), quantity));
        return this;
    }

    Carts line(String sku, long product, String price, int quantity) {
        return line(sku, product, 1, 1, price, quantity);
    }

    Carts shopper(String... groups) {
        this.groups = Set.of(groups);
        return this;
    }

    Carts channel(String channel) {
        this.channel = channel;
        return this;
    }

    Carts shipping(String fee) {
        this.shipping = new BigDecimal(fee);
        return this;
    }

    PricingCart build() {
        return new PricingCart(lines, groups, channel, NOW, shipping);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    static Offer offer(long id, CampaignType type, Terms terms, Scope scope, String group) {
        return new Offer(id, "c" + id, type, terms, scope, group, false, 0);
    }

    static Offer offer(long id, CampaignType type, Terms terms, String group) {
        return offer(id, type, terms, Scope.everything(), group);
    }

    static Offer exclusive(Offer o, int priority) {
        return new Offer(o.id(), o.name(), o.type(), o.terms(), o.scope(), o.stackingGroup(), true, priority);
    }

    static Offer priority(Offer o, int priority) {
        return new Offer(o.id(), o.name(), o.type(), o.terms(), o.scope(), o.stackingGroup(), o.exclusive(), priority);
    }

    static Terms tiers(String... thresholdsAndReductions) {
        List<Terms.Tier> tiers = new ArrayList<>();
        for (int i = 0; i < thresholdsAndReductions.length; i += 2) {
            tiers.add(new Terms.Tier(money(thresholdsAndReductions[i]), money(thresholdsAndReductions[i + 1])));
        }
        return Terms.tiers(tiers);
    }
}
