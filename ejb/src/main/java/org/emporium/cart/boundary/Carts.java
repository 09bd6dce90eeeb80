package org.emporium.cart.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.emporium.cart.entity.Cart;
import org.emporium.cart.entity.CartLine;
import org.emporium.catalog.boundary.SaleableSku;
import org.emporium.catalog.boundary.Skus;
import org.emporium.inventory.boundary.Stock;
import org.emporium.inventory.boundary.StockLevel;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/**
 * Carts by owner: {@code guest:<token>} (the storefront's cart cookie) or {@code customer:<id>}. Adding and
 * changing quantities check the SKU is for sale, the per-SKU limit and the stock available; every view reads
 * prices and stock afresh and tells the shopper what changed since they last saw a line.
 */
@Stateless
public class Carts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Skus skus;

    @Inject
    Stock stock;

    /** Adds units of a SKU to the owner's cart (made on first use); returns the number of items in it. */
    public int add(String owner, String skuCode, int quantity) {
        SaleableSku sku = skus.byCode(List.of(skuCode)).get(skuCode);
        if (sku == null) {
            throw new BusinessRuleViolation("cart.sku.unavailable", skuCode);
        }
        Cart cart = cartOf(owner).orElseGet(() -> {
            Cart created = new Cart(owner, now());
            em.persist(created);
            return created;
        });
        cart.add(
                skuCode,
                quantity,
                sku.price(),
                sku.buyable(),
                stock.level(skuCode).available(),
                now());
        return cart.itemCount();
    }

    /** Sets a line's quantity (0 removes it); an increase is checked against the limit and the stock. */
    public void change(String owner, String skuCode, int quantity) {
        Cart cart = cartOf(owner).orElseThrow(() -> new BusinessRuleViolation("cart.line.unknown", skuCode));
        cart.change(skuCode, quantity, stock.level(skuCode).available(), now());
    }

    /** Keeps a line aside for later: not bought with the cart, not counted. */
    public void saveForLater(String owner, String skuCode) {
        Cart cart = cartOf(owner).orElseThrow(() -> new BusinessRuleViolation("cart.line.unknown", skuCode));
        cart.saveForLater(skuCode, now());
    }

    /** Moves a line saved for later back into the cart, checked against the stock. */
    public void moveToCart(String owner, String skuCode) {
        Cart cart = cartOf(owner).orElseThrow(() -> new BusinessRuleViolation("cart.line.unknown", skuCode));
        cart.moveToCart(skuCode, stock.level(skuCode).available(), now());
    }

    public void remove(String owner, String skuCode) {
        cartOf(owner).ifPresent(c -> c.remove(skuCode, now()));
    }

    /** Removes what was just ordered from the cart. */
    public void removeOrdered(String owner, Collection<String> skuCodes) {
        cartOf(owner).ifPresent(c -> c.removeAll(skuCodes, now()));
    }

    /** The shopper has seen today's prices: changes are no longer pointed out. */
    public void acknowledgePrices(String owner) {
        cartOf(owner).ifPresent(cart -> {
            Map<String, SaleableSku> current = skus.byCode(
                    cart.getLines().stream().map(CartLine::getSkuCode).toList());
            for (CartLine line : cart.getLines()) {
                SaleableSku sku = current.get(line.getSkuCode());
                if (sku != null) {
                    line.seen(sku.price());
                }
            }
        });
    }

    /** How many items the cart holds (the header's badge). */
    public int count(String owner) {
        return cartOf(owner).map(Cart::itemCount).orElse(0);
    }

    /** A guest's line that did not come over in full at login: how many the guest had, how many were kept. */
    public record Unmerged(String skuCode, int wanted, int merged) implements java.io.Serializable {}

    /**
     * Moves a guest's cart into the shopper's at login: quantities of a SKU in both are added, held to the
     * per-SKU limit and the stock available; the guest's cart is gone afterwards. Returns what could not come
     * over in full.
     */
    public List<Unmerged> merge(String guestOwner, String memberOwner) {
        Optional<Cart> guest = cartOf(guestOwner);
        if (guest.isEmpty() || guestOwner.equals(memberOwner)) {
            return List.of();
        }
        Cart member = cartOf(memberOwner).orElseGet(() -> {
            Cart created = new Cart(memberOwner, now());
            em.persist(created);
            return created;
        });
        List<String> codes =
                guest.get().getLines().stream().map(CartLine::getSkuCode).toList();
        Map<String, SaleableSku> saleable = skus.byCode(codes);
        Map<String, Integer> available = new java.util.HashMap<>();
        stock.levels(codes).forEach((code, level) -> {
            SaleableSku sku = saleable.get(code);
            available.put(code, sku != null && sku.buyable() ? level.available() : 0);
        });
        List<Unmerged> unmerged = member.takeOver(guest.get(), available, now()).stream()
                .map(s -> new Unmerged(s.skuCode(), s.wanted(), s.merged()))
                .toList();
        em.remove(guest.get());
        return unmerged;
    }

    /** The cart at today's prices and stock, with a notice on each line that changed. */
    public CartView view(String owner, Locale locale) {
        Optional<Cart> found = cartOf(owner);
        if (found.isEmpty() || found.get().getLines().isEmpty()) {
            return new CartView(List.of(), Money.cny("0.00"), 0);
        }
        Cart cart = found.get();
        List<String> codes = cart.getLines().stream().map(CartLine::getSkuCode).toList();
        Map<String, SaleableSku> current = skus.byCode(codes);
        Map<String, StockLevel> levels = stock.levels(codes);
        boolean zh = "zh".equals(locale.getLanguage());
        List<CartView.Item> items = new ArrayList<>();
        List<CartView.Item> saved = new ArrayList<>();
        Money total = null;
        int count = 0;
        for (CartLine line : cart.getLines()) {
            SaleableSku sku = current.get(line.getSkuCode());
            int available = levels.get(line.getSkuCode()).available();
            CartView.Notice notice = notice(line, sku, available);
            CartView.Item item = new CartView.Item(
                    line.getSkuCode(),
                    sku == null ? 0 : sku.productId(),
                    sku == null ? null : sku.productSlug(),
                    sku == null ? line.getSkuCode() : zh ? sku.nameZh() : sku.nameEn(),
                    sku == null ? "" : zh ? sku.specZh() : sku.specEn(),
                    sku == null ? null : sku.price(),
                    line.seenPrice(),
                    line.getQuantity(),
                    Math.max(available, 0),
                    notice);
            if (line.isSavedForLater()) {
                saved.add(item);
                continue;
            }
            items.add(item);
            count += line.getQuantity();
            if (sku != null && notice != CartView.Notice.UNAVAILABLE) {
                Money lineTotal = sku.price().times(line.getQuantity());
                total = total == null ? lineTotal : total.plus(lineTotal);
            }
        }
        return new CartView(items, total == null ? new Money(BigDecimal.ZERO, Money.CNY) : total, count, saved);
    }

    static CartView.Notice notice(CartLine line, SaleableSku sku, int available) {
        if (sku == null || !sku.buyable() || available <= 0) {
            return CartView.Notice.UNAVAILABLE;
        }
        if (available < line.getQuantity()) {
            return CartView.Notice.SHORT;
        }
        int price = sku.price().compareTo(line.seenPrice());
        return price > 0 ? CartView.Notice.PRICE_UP : price < 0 ? CartView.Notice.PRICE_DOWN : CartView.Notice.NONE;
    }

    private Optional<Cart> cartOf(String owner) {
        return em.createQuery("SELECT c FROM Cart c WHERE c.owner = :o", Cart.class)
                .setParameter("o", owner)
                .getResultStream()
                .findFirst();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
