package org.emporium.promotion.control;

/**
 * What a campaign does, and in which phase of pricing it acts: item discounts first (in priority order), then
 * order-level reductions on what the items cost after them, then delivery.
 */
public enum CampaignType {
    /** 满减: spend a threshold on the scoped items, get an amount off; the highest tier reached counts. */
    SPEND_TIERS(Phase.ORDER),
    /** A percentage off the scoped items. */
    PERCENT_OFF(Phase.ITEM),
    /** A fixed amount off each scoped unit. */
    AMOUNT_OFF(Phase.ITEM),
    /** Each scoped unit sells at a fixed price. */
    FIXED_PRICE(Phase.ITEM),
    /** Buy a number of scoped units, get a gift SKU as a zero-amount line. */
    BUY_X_GET_Y(Phase.ITEM),
    /** Every n-th unit of a scoped SKU at a percentage off (by default the second at half price). */
    NTH_ITEM_OFF(Phase.ITEM),
    /** One unit of each scoped product together sells at the bundle price. */
    BUNDLE(Phase.ITEM),
    /**
     * 秒杀: each scoped unit at a flash price, from a stock of its own (units in all) and at most so many units per
     * shopper; what is left for a cart is set by the boundary from the campaign's counters under their lock.
     */
    FLASH_SALE(Phase.ITEM),
    /** Delivery is free when the scoped items reach a threshold. */
    FREE_SHIPPING(Phase.SHIPPING);

    /** When a campaign of this type acts. */
    public enum Phase {
        ITEM,
        ORDER,
        SHIPPING
    }

    private final Phase phase;

    CampaignType(Phase phase) {
        this.phase = phase;
    }

    public Phase phase() {
        return phase;
    }
}
