package org.emporium.web.storefront.cart;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.emporium.cart.boundary.CartView;
import org.emporium.cart.boundary.Carts;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.platform.money.Money;
import org.emporium.promotion.boundary.PriceRequest;
import org.emporium.promotion.boundary.PromotionQuote;
import org.emporium.promotion.boundary.Promotions;
import org.emporium.web.storefront.product.MoneyFormat;
import org.emporium.web.ui.LocaleSwitch;
import org.emporium.web.ui.Messages;

/**
 * cart.xhtml: the cart at today's prices and stock, read afresh on every view, with a notice on each line whose
 * price or availability changed since the shopper last saw it. Changes go to {@link CartServlet} by plain forms.
 */
@Named
@RequestScoped
public class CartPage {

    /** The refusals the cart endpoints report back in the address; anything else is not shown. */
    static final Set<String> SHOWN_REFUSALS = Set.of(
            "cart.sku.unavailable",
            "cart.lines.limit",
            "cart.line.unknown",
            "cart.quantity.limit",
            "cart.stock.insufficient",
            "inventory.quantity.positive");

    @Inject
    Carts carts;

    @Inject
    LocaleSwitch locale;

    @Inject
    HttpServletRequest request;

    @Inject
    Promotions promotions;

    private CartView cart;
    private PromotionQuote promotion;

    /**
     * What promotions take off the lines that can be bought, with standard delivery (the checkout prices the
     * delivery the shopper picks), and why each campaign did or did not apply.
     */
    public PromotionQuote getPromotion() {
        if (promotion == null) {
            CartView view = getCart();
            List<PriceRequest.Item> items = view.items().stream()
                    .filter(CartView.Item::buyable)
                    .map(i -> new PriceRequest.Item(i.skuCode(), i.quantity()))
                    .toList();
            promotion = items.isEmpty()
                    ? PromotionQuote.NONE
                    : CartCookie.owner(request)
                            .map(owner -> promotions.quote(new PriceRequest(
                                    owner,
                                    items,
                                    ShippingMethod.STANDARD.feeFor(
                                            view.itemsTotal().amount()))))
                            .orElse(PromotionQuote.NONE);
        }
        return promotion;
    }

    /** The items after item and order discounts (delivery is settled at checkout). */
    public Money getItemsAfterDiscount() {
        Money total = getCart().itemsTotal();
        return new Money(total.amount().subtract(getPromotion().itemsDiscount()), total.currency());
    }

    /** A discount shown as a negative amount. */
    public String minus(BigDecimal amount) {
        return "-" + MoneyFormat.of(amount, Money.CNY);
    }

    public CartView getCart() {
        if (cart == null) {
            cart = CartCookie.owner(request)
                    .map(owner -> carts.view(owner, locale.getCurrent()))
                    .orElseGet(() -> new CartView(java.util.List.of(), Money.cny("0.00"), 0));
        }
        return cart;
    }

    /** The refusal of the last change, in the shopper's language; null when there was none. */
    public String getRefusal() {
        String key = request.getParameter("refused");
        if (key == null || !SHOWN_REFUSALS.contains(key)) {
            return null;
        }
        return Messages.text(
                Messages.RULES,
                locale.getCurrent(),
                key,
                safe(request.getParameter("sku")),
                safe(request.getParameter("n")));
    }

    public String money(Money money) {
        return money == null ? "" : MoneyFormat.of(money);
    }

    /** The label of a notice from the shop bundle's keys {@code cart.notice.<NOTICE>}. */
    public String noticeKey(CartView.Item item) {
        return "cart.notice." + item.notice().name();
    }

    private static String safe(String value) {
        return value == null ? "" : value.replaceAll("[^A-Za-z0-9-]", "");
    }
}
