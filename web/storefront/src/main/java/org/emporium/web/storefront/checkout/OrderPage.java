package org.emporium.web.storefront.checkout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import org.emporium.order.boundary.Orders;
import org.emporium.order.entity.SalesOrder;
import org.emporium.platform.money.Money;
import org.emporium.web.storefront.cart.CartCookie;
import org.emporium.web.storefront.product.MoneyFormat;
import org.emporium.web.ui.LocaleSwitch;

/**
 * order.xhtml?number=...: the confirmation of a placed order, shown only to the browser whose cart placed it;
 * anyone else gets a 404, as for an order that does not exist.
 */
@Named
@RequestScoped
public class OrderPage {

    private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Orders orders;

    @Inject
    LocaleSwitch locale;

    private String number;
    private SalesOrder order;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        order = number == null
                ? null
                : CartCookie.owner(request)
                        .flatMap(o -> orders.order(o, number))
                        .orElse(null);
        if (order == null) {
            ((HttpServletResponse) faces.getExternalContext().getResponse()).sendError(404);
            faces.responseComplete();
        }
    }

    public String money(java.math.BigDecimal amount) {
        return MoneyFormat.of(new Money(amount, Currency.getInstance(order.getCurrency())));
    }

    public String name(org.emporium.order.entity.OrderLine line) {
        return line.name(locale.getCurrent());
    }

    public String spec(org.emporium.order.entity.OrderLine line) {
        return line.spec(locale.getCurrent());
    }

    public String payBy() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(order.getPayBy().atZoneSameInstant(SHOP_ZONE));
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public SalesOrder getOrder() {
        return order;
    }
}
