package org.emporium.cart.boundary;

import java.io.Serializable;
import java.util.List;
import org.emporium.platform.money.Money;

/**
 * A cart as the shopper sees it now, in one language: each line at today's price with what changed since the
 * shopper last saw it, and the total of the lines that can be bought; the lines saved for later apart.
 */
public record CartView(List<Item> items, Money itemsTotal, int count, List<Item> saved) implements Serializable {

    public CartView {
        items = List.copyOf(items);
        saved = List.copyOf(saved);
    }

    /** A cart with nothing saved for later. */
    public CartView(List<Item> items, Money itemsTotal, int count) {
        this(items, itemsTotal, count, List.of());
    }

    /** What changed for a line since it was added (or since the shopper last acknowledged a change). */
    public enum Notice {
        NONE,
        PRICE_UP,
        PRICE_DOWN,
        /** Fewer are available than the cart holds; the quantity must come down before checkout. */
        SHORT,
        /** Off sale or sold out. */
        UNAVAILABLE
    }

    public record Item(
            String skuCode,
            long productId,
            String productSlug,
            String name,
            String spec,
            Money price,
            Money seenPrice,
            int quantity,
            int available,
            Notice notice)
            implements Serializable {

        public Money lineTotal() {
            return price == null ? null : price.times(quantity);
        }

        public boolean buyable() {
            return notice != Notice.UNAVAILABLE && notice != Notice.SHORT;
        }
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public boolean hasNotices() {
        return items.stream().anyMatch(i -> i.notice() != Notice.NONE);
    }

    /** Checkout may start when there is something to buy and every line can be bought as it is. */
    public boolean readyForCheckout() {
        return !items.isEmpty() && items.stream().allMatch(Item::buyable);
    }
}
