package org.emporium.web.storefront.account;

import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.cart.boundary.Carts;
import org.emporium.order.boundary.Checkout;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.ShipmentTracking;
import org.emporium.order.boundary.ShopperOrders;
import org.emporium.order.boundary.TimelineStep;
import org.emporium.order.boundary.Tracking;
import org.emporium.order.entity.OrderLine;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.storefront.checkout.AddressForm;
import org.emporium.web.storefront.product.MoneyFormat;
import org.emporium.web.ui.LocaleSwitch;
import org.emporium.web.ui.Messages;

/**
 * {@code order-detail.xhtml?number=...}: one of the signed-in shopper's orders — lines and amounts as stored,
 * address, remark, the timeline, the parcel's tracking once shipped — and what its status allows: pay, cancel
 * until the warehouse takes it (the payment context gives every part of the payment back), confirm receipt, reorder into the cart, change the address or remark before shipping.
 * The order is always looked up with the session's shopper as buyer: another shopper's number is a 404, as for a
 * number that does not exist. A guest is sent to sign in.
 */
@ViewScoped
@Named("myOrder")
public class MyOrderPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MyOrderPage.class.getName());
    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient ShopperOrders shopperOrders;

    @Inject
    transient Orders orders;

    @Inject
    transient Carts carts;

    @Inject
    transient ShipmentTracking shipmentTracking;

    @Inject
    transient Checkout checkout;

    @Inject
    transient LocaleSwitch locale;

    private String number;
    private boolean editing;
    private String asking;
    private final AddressForm address = new AddressForm();
    private String remark;
    private transient SalesOrder order;
    private transient List<TimelineStep> timeline;
    private transient Tracking tracking;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (SignedIn.of(request).isEmpty()) {
            String here = ReturnPath.here(request.getContextPath(), request.getRequestURI(), request.getQueryString());
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return;
        }
        if (getOrder() == null) {
            ((HttpServletResponse) external.getResponse()).sendError(404);
            faces.responseComplete();
        }
    }

    /**
     * The order, read afresh once per request, only ever as the session's shopper's. A shipped order's parcel is
     * looked up first (the carrier asked if its last answer is stale), so that a parcel just signed for shows the
     * order delivered.
     */
    public SalesOrder getOrder() {
        if (order == null && number != null) {
            Optional<String> owner = owner();
            tracking = owner.flatMap(o -> shipmentTracking.of(o, number)).orElse(null);
            order = owner.flatMap(o -> shopperOrders.order(o, number)).orElse(null);
        }
        return order;
    }

    /** The parcel's tracking, or null for an order not shipped with a tracking number. */
    public Tracking getTracking() {
        getOrder();
        return tracking;
    }

    public List<TimelineStep> getTimeline() {
        if (timeline == null) {
            timeline = getOrder() == null
                    ? List.of()
                    : TimelineStep.of(getOrder().getBuyer(), getOrder().getHistory());
        }
        return timeline;
    }

    public boolean isPayable() {
        return getOrder() != null && getOrder().getStatus() == OrderStatus.AWAITING_PAYMENT;
    }

    /**
     * Offered until the warehouse takes the order, paid or not (a paid order's every tender goes back); later the
     * button is gone and {@link #isTooLateToCancel} says whom to ask.
     */
    public boolean isCancellable() {
        return getOrder() != null && Orders.shopperMayCancel(getOrder().getStatus());
    }

    /** With the warehouse and not yet shipped: no cancel button, a word on whom to ask instead. */
    public boolean isTooLateToCancel() {
        return getOrder() != null && getOrder().getStatus() == OrderStatus.ALLOCATED;
    }

    public boolean isReceivable() {
        return getOrder() != null
                && (getOrder().getStatus() == OrderStatus.SHIPPED || getOrder().getStatus() == OrderStatus.DELIVERED);
    }

    public boolean isDeliveryChangeable() {
        return getOrder() != null && getOrder().deliveryChangeable();
    }

    /** Asks once more before cancelling ("cancel") or confirming receipt ("receive"); null asks nothing. */
    public void ask(String what) {
        asking = "cancel".equals(what) || "receive".equals(what) ? what : null;
    }

    public String getAsking() {
        return asking;
    }

    public void cancel() {
        attempt(() -> {
            orders.cancel(owner().orElseThrow(), number, "cancelled by buyer");
            Messages.info(AccountPages.TEXTS, "myorder.cancelled", number);
        });
    }

    public void confirmReceipt() {
        attempt(() -> {
            shopperOrders.confirmReceipt(owner().orElseThrow(), number);
            Messages.info(AccountPages.TEXTS, "myorder.received", number);
        });
    }

    /**
     * Puts the order's bought lines (not its gifts) back into the cart with the cart's usual checks; each line the
     * cart refuses (no longer for sale, not enough stock, over the limit) is said, the others go in.
     */
    public void reorder() {
        attempt(() -> {
            String owner = owner().orElseThrow();
            List<BusinessRuleViolation> refused = new ArrayList<>();
            int added = 0;
            for (OrderLine line : getOrder().getLines()) {
                if (line.isGift()) {
                    continue;
                }
                try {
                    carts.add(owner, line.getSkuCode(), line.getQuantity());
                    added++;
                } catch (BusinessRuleViolation no) {
                    refused.add(no);
                } catch (EJBException e) {
                    if (e.getCause() instanceof BusinessRuleViolation no) {
                        refused.add(no);
                    } else {
                        throw e;
                    }
                }
            }
            if (added > 0) {
                Messages.info(AccountPages.TEXTS, "myorder.reordered", added);
            }
            refused.forEach(no -> Messages.reject(no.messageKey(), no.arguments()));
        });
    }

    public void editDelivery() {
        if (getOrder() == null) {
            return;
        }
        address.fill(getOrder().address());
        remark = getOrder().getRemark();
        editing = true;
    }

    public void saveDelivery() {
        attempt(() -> {
            shopperOrders.changeDelivery(owner().orElseThrow(), number, address.address(), remark);
            editing = false;
            Messages.info(AccountPages.TEXTS, "myorder.deliveryChanged");
        });
    }

    public void stopEditing() {
        editing = false;
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
        } catch (EJBException e) {
            if (e.getCause() instanceof BusinessRuleViolation refused) {
                Messages.reject(refused.messageKey(), refused.arguments());
            } else {
                LOG.log(Level.WARNING, "An order centre action failed", e);
                Messages.error(Messages.COMMON, "error.unexpected");
            }
        } finally {
            asking = null;
            order = null;
            timeline = null;
            tracking = null;
        }
    }

    private static Optional<String> owner() {
        return SignedIn.of((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .map(SignedIn::owner);
    }

    static String shopTime(OffsetDateTime at) {
        return at == null ? "" : MINUTES.format(at.atZoneSameInstant(SHOP_ZONE));
    }

    public String time(OffsetDateTime at) {
        return shopTime(at);
    }

    public String money(BigDecimal amount) {
        return MoneyFormat.of(amount, Currency.getInstance(getOrder().getCurrency()));
    }

    public String name(OrderLine line) {
        return line.name(locale.getCurrent());
    }

    public String spec(OrderLine line) {
        return line.spec(locale.getCurrent());
    }

    public List<String> getProvinces() {
        return checkout.provinces();
    }

    public List<String> getCities() {
        return address.cities(checkout);
    }

    public List<String> getDistricts() {
        return address.districts(checkout);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getRecipient() {
        return address.getRecipient();
    }

    public void setRecipient(String recipient) {
        address.setRecipient(recipient);
    }

    public String getPhone() {
        return address.getPhone();
    }

    public void setPhone(String phone) {
        address.setPhone(phone);
    }

    public String getProvince() {
        return address.getProvince();
    }

    /** A new province empties city and district, which the lists then offer anew. */
    public void setProvince(String province) {
        address.chooseProvince(province);
    }

    public String getCity() {
        return address.getCity();
    }

    public void setCity(String city) {
        address.chooseCity(city, checkout);
    }

    public String getDistrict() {
        return address.getDistrict();
    }

    public void setDistrict(String district) {
        address.chooseDistrict(district, checkout);
    }

    public String getStreet() {
        return address.getStreet();
    }

    public void setStreet(String street) {
        address.setStreet(street);
    }

    public String getPostcode() {
        return address.getPostcode();
    }

    public void setPostcode(String postcode) {
        address.setPostcode(postcode);
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }
}
