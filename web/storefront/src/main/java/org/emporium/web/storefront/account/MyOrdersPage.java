package org.emporium.web.storefront.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import org.emporium.order.boundary.OrderPage;
import org.emporium.order.boundary.OrderRow;
import org.emporium.order.boundary.OrderTab;
import org.emporium.order.boundary.ShopperOrders;
import org.emporium.web.storefront.product.MoneyFormat;
import org.emporium.web.ui.LocaleSwitch;

/**
 * {@code orders.xhtml?tab=...&page=...}: the signed-in shopper's orders, newest first, under a status tab, ten a
 * page. The buyer is always the session's shopper; a guest is sent to sign in and comes back here.
 */
@Named("myOrders")
@RequestScoped
public class MyOrdersPage {

    static final int PAGE_SIZE = 10;

    @Inject
    ShopperOrders orders;

    @Inject
    LocaleSwitch locale;

    @Inject
    HttpServletRequest request;

    private String tab;
    private int page;
    private OrderPage result;

    public void load() throws IOException {
        if (SignedIn.of(request).isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            String here = ReturnPath.here(request.getContextPath(), request.getRequestURI(), request.getQueryString());
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return;
        }
        result = orders.page(SignedIn.of(request).orElseThrow().owner(), getCurrentTab(), page, PAGE_SIZE);
    }

    public OrderTab getCurrentTab() {
        return OrderTab.named(tab);
    }

    public List<OrderTab> getTabs() {
        return List.of(OrderTab.values());
    }

    public OrderPage getResult() {
        return result;
    }

    public String money(OrderRow row) {
        return MoneyFormat.of(row.payable(), Currency.getInstance(row.currency()));
    }

    public String name(OrderRow row) {
        return row.firstName(locale.getCurrent());
    }

    public String placed(OrderRow row) {
        return MyOrderPage.shopTime(row.placedAt());
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
