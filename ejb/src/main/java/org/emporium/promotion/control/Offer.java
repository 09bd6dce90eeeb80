package org.emporium.promotion.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A live campaign as the engine uses it: what it does ({@link CampaignType} and {@link Terms}), where
 * ({@link Scope}), its stacking group, whether it must apply alone ({@code exclusive}) and its priority
 * (higher acts first within its phase, and wins a tie).
 */
public record Offer(
        long id,
        String name,
        CampaignType type,
        Terms terms,
        Scope scope,
        String stackingGroup,
        boolean exclusive,
        int priority)
        implements Serializable {

    public Offer {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(stackingGroup, "stackingGroup");
        name = name == null ? "#" + id : name;
        check(type, terms, scope);
    }

    /** Refuses terms that do not make a campaign of the type; the message names what is wrong. */
    static void check(CampaignType type, Terms t, Scope scope) {
        switch (type) {
            case SPEND_TIERS -> {
                require(!t.tiers().isEmpty(), "at least one tier");
                require(!t.repeatTier() || t.tiers().get(0).threshold().signum() > 0, "a positive threshold to repeat");
            }
            case PERCENT_OFF -> requirePercent(t.percentOff());
            case AMOUNT_OFF -> require(t.amount() != null && t.amount().signum() > 0, "a positive amount");
            case FIXED_PRICE -> require(t.amount() != null && t.amount().signum() >= 0, "a price of 0 or more");
            case BUY_X_GET_Y -> {
                require(t.buyQuantity() > 0, "a positive quantity to buy");
                require(t.giftSku() != null && !t.giftSku().isBlank(), "a gift SKU");
                require(t.giftQuantity() > 0, "a positive gift quantity");
                require(t.giftValue() != null && t.giftValue().signum() >= 0, "the gift's value");
            }
            case NTH_ITEM_OFF -> {
                require(t.nth() >= 2, "n of 2 or more");
                requirePercent(t.percentOff());
            }
            case BUNDLE -> {
                require(t.amount() != null && t.amount().signum() >= 0, "a bundle price of 0 or more");
                require(scope.productIds().size() >= 2, "two or more products");
            }
            case FLASH_SALE -> {
                require(t.amount() != null && t.amount().signum() >= 0, "a flash price of 0 or more");
                require(t.stock() >= 0, "a stock of 0 or more units");
                require(t.limit() >= 0, "a per-shopper limit of 0 or more units");
            }
            case FREE_SHIPPING ->
                require(t.threshold() == null || t.threshold().signum() >= 0, "a threshold of 0 or more");
        }
    }

    private static void requirePercent(BigDecimal p) {
        require(
                p != null && p.signum() > 0 && p.compareTo(Money2.HUNDRED) <= 0,
                "a percentage above 0 and at most 100");
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("The campaign needs " + what);
        }
    }
}
