package org.emporium.promotion.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Where a campaign applies. An empty set means "any": no products, categories or brands named means every
 * item; a line is in scope when it matches any of the named products, categories or brands. Shopper groups
 * and channels restrict who and where; the window is half-open [startsAt, endsAt).
 */
public record Scope(
        Set<Long> productIds,
        Set<Long> categoryIds,
        Set<Long> brandIds,
        Set<String> shopperGroups,
        Set<String> channels,
        Instant startsAt,
        Instant endsAt)
        implements Serializable {

    public Scope {
        productIds = Set.copyOf(productIds);
        categoryIds = Set.copyOf(categoryIds);
        brandIds = Set.copyOf(brandIds);
        shopperGroups = Set.copyOf(shopperGroups);
        channels = Set.copyOf(channels);
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A campaign must end after it starts");
        }
    }

    /** Everything, always, for everyone. */
    public static Scope everything() {
        return new Scope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null);
    }

    public Scope products(Long... ids) {
        return new Scope(Set.of(ids), categoryIds, brandIds, shopperGroups, channels, startsAt, endsAt);
    }

    public Scope categories(Long... ids) {
        return new Scope(productIds, Set.of(ids), brandIds, shopperGroups, channels, startsAt, endsAt);
    }

    public Scope brands(Long... ids) {
        return new Scope(productIds, categoryIds, Set.of(ids), shopperGroups, channels, startsAt, endsAt);
    }

    public Scope shopperGroups(String... groups) {
        return new Scope(productIds, categoryIds, brandIds, Set.of(groups), channels, startsAt, endsAt);
    }

    public Scope channels(String... names) {
        return new Scope(productIds, categoryIds, brandIds, shopperGroups, Set.of(names), startsAt, endsAt);
    }

    public Scope between(Instant from, Instant until) {
        return new Scope(productIds, categoryIds, brandIds, shopperGroups, channels, from, until);
    }

    public boolean allItems() {
        return productIds.isEmpty() && categoryIds.isEmpty() && brandIds.isEmpty();
    }

    public boolean covers(PricingCart.Line line) {
        if (allItems()) {
            return true;
        }
        return productIds.contains(line.productId())
                || (line.brandId() != null && brandIds.contains(line.brandId()))
                || line.categoryIds().stream().anyMatch(categoryIds::contains);
    }

    public boolean runsAt(Instant at) {
        return (startsAt == null || !at.isBefore(startsAt)) && (endsAt == null || at.isBefore(endsAt));
    }

    public boolean admits(Set<String> groupsOfShopper) {
        return shopperGroups.isEmpty() || groupsOfShopper.stream().anyMatch(shopperGroups::contains);
    }

    public boolean sellsThrough(String channel) {
        return channels.isEmpty() || channels.contains(channel);
    }
}
