package org.emporium.cart.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/**
 * A cart: SKUs and quantities of one owner ({@code guest:<token>} or {@code customer:<id>}). It holds its own
 * limits — at most {@value #MAX_QUANTITY} of a SKU and {@value #MAX_LINES} different SKUs; whether there is
 * stock enough is asked of the inventory by the boundary, which passes what is available.
 */
@Entity
@Table(name = "cart")
public class Cart implements Serializable {

    public static final int MAX_QUANTITY = 99;
    public static final int MAX_LINES = 50;

    @Id
    @SequenceGenerator(name = "cart_seq", sequenceName = "cart_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cart_seq")
    private Long id;

    private String owner;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt")
    private List<CartLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Cart() {}

    public Cart(String owner, OffsetDateTime at) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.createdAt = at;
        this.updatedAt = at;
    }

    /**
     * Adds units of a SKU (to its line, when it has one). The new quantity may not exceed the per-SKU limit
     * nor what is available; a SKU that is not for sale is refused.
     */
    public CartLine add(String skuCode, int quantity, Money price, boolean buyable, int available, OffsetDateTime at) {
        if (!buyable) {
            throw new BusinessRuleViolation("cart.sku.unavailable", skuCode);
        }
        requirePositive(quantity);
        Optional<CartLine> existing = line(skuCode);
        int wanted = existing.map(CartLine::getQuantity).orElse(0) + quantity;
        checkQuantity(skuCode, wanted, available);
        updatedAt = at;
        if (existing.isPresent()) {
            existing.get().setQuantity(wanted);
            existing.get().seen(price);
            existing.get().setSavedForLater(false);
            return existing.get();
        }
        if (lines.size() >= MAX_LINES) {
            throw new BusinessRuleViolation("cart.lines.limit", MAX_LINES);
        }
        CartLine line = new CartLine(this, skuCode, quantity, price, at);
        lines.add(line);
        return line;
    }

    /** Sets a line's quantity; zero removes it. More than the limit or than is available is refused. */
    public void change(String skuCode, int quantity, int available, OffsetDateTime at) {
        if (quantity == 0) {
            remove(skuCode, at);
            return;
        }
        requirePositive(quantity);
        CartLine line = line(skuCode).orElseThrow(() -> new BusinessRuleViolation("cart.line.unknown", skuCode));
        if (quantity > line.getQuantity()) {
            checkQuantity(skuCode, quantity, available);
        } else if (quantity > MAX_QUANTITY) {
            throw new BusinessRuleViolation("cart.quantity.limit", skuCode, MAX_QUANTITY);
        }
        line.setQuantity(quantity);
        updatedAt = at;
    }

    /** Keeps a line aside for later: it stays in the cart, but is neither bought nor counted. */
    public void saveForLater(String skuCode, OffsetDateTime at) {
        line(skuCode)
                .orElseThrow(() -> new BusinessRuleViolation("cart.line.unknown", skuCode))
                .setSavedForLater(true);
        updatedAt = at;
    }

    /** Moves a line saved for later back into the cart, if as many are still available. */
    public void moveToCart(String skuCode, int available, OffsetDateTime at) {
        CartLine line = line(skuCode).orElseThrow(() -> new BusinessRuleViolation("cart.line.unknown", skuCode));
        if (line.isSavedForLater()) {
            checkQuantity(skuCode, line.getQuantity(), available);
            line.setSavedForLater(false);
            updatedAt = at;
        }
    }

    public void remove(String skuCode, OffsetDateTime at) {
        lines.removeIf(l -> l.getSkuCode().equals(skuCode));
        updatedAt = at;
    }

    /** Removes the lines of SKUs that were just ordered; lines saved for later stay. */
    public void removeAll(Collection<String> skuCodes, OffsetDateTime at) {
        lines.removeIf(l -> !l.isSavedForLater() && skuCodes.contains(l.getSkuCode()));
        updatedAt = at;
    }

    /** A guest's line that came over short at login: how many the guest had and how many the cart took. */
    public record Shortfall(String skuCode, int wanted, int merged) {}

    /**
     * Takes over another cart's lines (a guest's, at login): a SKU in both gets the two quantities added, up to
     * the per-SKU limit and to what is available (never below what this cart already held); a new SKU comes
     * over likewise while there is room for another line. Lines saved for later stay saved and are held to the
     * limit only. What could not come over in full is returned, so the shopper can be told.
     *
     * @param available units available per SKU code; a SKU missing from it counts as none
     */
    public List<Shortfall> takeOver(Cart other, Map<String, Integer> available, OffsetDateTime at) {
        List<Shortfall> shortfalls = new ArrayList<>();
        for (CartLine theirs : other.lines) {
            String sku = theirs.getSkuCode();
            int stock = theirs.isSavedForLater() ? MAX_QUANTITY : Math.max(0, available.getOrDefault(sku, 0));
            int cap = Math.min(MAX_QUANTITY, stock);
            Optional<CartLine> mine = line(sku);
            if (mine.isPresent()) {
                int held = mine.get().getQuantity();
                int wanted = held + theirs.getQuantity();
                int merged = Math.max(held, Math.min(wanted, cap));
                mine.get().setQuantity(merged);
                if (merged < wanted) {
                    shortfalls.add(new Shortfall(sku, wanted, merged));
                }
            } else if (lines.size() >= MAX_LINES || cap <= 0) {
                shortfalls.add(new Shortfall(sku, theirs.getQuantity(), 0));
            } else {
                int merged = Math.min(theirs.getQuantity(), cap);
                CartLine line = new CartLine(this, sku, merged, theirs.seenPrice(), theirs.getAddedAt());
                line.setSavedForLater(theirs.isSavedForLater());
                lines.add(line);
                if (merged < theirs.getQuantity()) {
                    shortfalls.add(new Shortfall(sku, theirs.getQuantity(), merged));
                }
            }
        }
        updatedAt = at;
        return shortfalls;
    }

    public Optional<CartLine> line(String skuCode) {
        return lines.stream().filter(l -> l.getSkuCode().equals(skuCode)).findFirst();
    }

    public int itemCount() {
        return lines.stream()
                .filter(l -> !l.isSavedForLater())
                .mapToInt(CartLine::getQuantity)
                .sum();
    }

    private static void checkQuantity(String skuCode, int wanted, int available) {
        if (wanted > MAX_QUANTITY) {
            throw new BusinessRuleViolation("cart.quantity.limit", skuCode, MAX_QUANTITY);
        }
        if (wanted > available) {
            throw new BusinessRuleViolation("cart.stock.insufficient", skuCode, Math.max(available, 0));
        }
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new BusinessRuleViolation("inventory.quantity.positive", quantity);
        }
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public List<CartLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
