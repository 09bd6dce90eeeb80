package org.emporium.web.storefront.checkout;

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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.emporium.cart.boundary.CartView;
import org.emporium.cart.boundary.Carts;
import org.emporium.order.boundary.AddressBook;
import org.emporium.order.boundary.Checkout;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.DeliverySlot;
import org.emporium.order.entity.Invoice;
import org.emporium.order.entity.PaymentMethod;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.payment.boundary.InstalmentOffer;
import org.emporium.payment.boundary.Instalments;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.emporium.promotion.boundary.PriceRequest;
import org.emporium.promotion.boundary.PromotionQuote;
import org.emporium.promotion.boundary.Promotions;
import org.emporium.web.storefront.account.GuestOrders;
import org.emporium.web.storefront.account.SignedIn;
import org.emporium.web.storefront.cart.CartCookie;
import org.emporium.web.storefront.merchandising.Visitor;
import org.emporium.web.storefront.product.MoneyFormat;
import org.emporium.web.ui.LocaleSwitch;
import org.emporium.web.ui.Messages;

/**
 * checkout.xhtml: the delivery address (province, city and district chosen from China's regions), the shipping
 * method with the fee the rules give, a delivery slot, the payment method the rules offer, the fapiao, remark and
 * gift flag, the amounts, then the order. What the shopper
 * types is kept for the session ({@link CheckoutDraft}), so going back to the cart loses nothing. The view holds
 * one submission token from its first render, so a double click or a resent form places one order; the
 * payable the page last showed travels with the order, and the order is refused if prices moved meanwhile.
 */
@Named
@ViewScoped
public class CheckoutWizard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Instalments instalments;

    @Inject
    Carts carts;

    @Inject
    Orders orders;

    @Inject
    LocaleSwitch locale;

    @Inject
    CheckoutDraft draft;

    @Inject
    Promotions promotions;

    @Inject
    Checkout checkout;

    @Inject
    AddressBook addressBook;

    private Long savedAddress;
    private boolean saveAddress;
    private transient List<AddressBook.Entry> savedAddresses;

    private final String submissionToken = UUID.randomUUID().toString();
    private BigDecimal shownPayable;
    private transient CartView cart;
    private transient FacesContext cartReadFor;
    private transient PromotionQuote promotion;
    private transient FacesContext promotionReadFor;
    private transient String couponRefusal;
    private transient List<Checkout.ShippingOption> shippingOptions;
    private transient FacesContext shippingReadFor;

    /** Sends a visitor without a cart, or with a cart that cannot be bought as it is, back to the cart. */
    public void load() throws IOException {
        if (draft.getAddress().getRecipient() == null && draft.getAddress().getStreet() == null) {
            // A signed-in shopper starts from the default address of the address book.
            getSavedAddresses().stream()
                    .filter(AddressBook.Entry::preferred)
                    .findFirst()
                    .ifPresent(this::use);
        }
        CartView cart = cart();
        if (!cart.readyForCheckout()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/cart.xhtml");
        }
    }

    /** The cart at today's prices, read once per request however often the page asks. */
    public CartView cart() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (cart == null || cartReadFor != request) {
            cart = owner().map(o -> carts.view(o, locale.getCurrent()))
                    .orElseGet(() -> new CartView(List.of(), Money.cny("0.00"), 0));
            cartReadFor = request;
        }
        return cart;
    }

    /** The amounts the page shows; what it shows last is what the shopper agrees to pay. */
    public Amounts getAmounts() {
        Money items = cart().itemsTotal();
        Money shipping = new Money(shippingFee(), items.currency());
        Money discount = new Money(getPromotion().discount(), items.currency());
        Money payable = new Money(items.amount().add(shipping.amount()).subtract(discount.amount()), items.currency());
        shownPayable = payable.amount();
        return new Amounts(items, shipping, discount, payable);
    }

    /** What the shopper pays, line by line. */
    public record Amounts(Money items, Money shipping, Money discount, Money payable) implements Serializable {}

    /**
     * What promotions take off this cart with the chosen delivery and coupon, and why; read once per request. A
     * coupon the shopper cannot use is said so, and the cart is priced without it.
     */
    public PromotionQuote getPromotion() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (promotion == null || promotionReadFor != request) {
            promotionReadFor = request;
            couponRefusal = null;
            try {
                promotion = quote(draft.getCouponCode());
            } catch (BusinessRuleViolation refused) {
                couponRefusal = Messages.rule(refused.messageKey(), refused.arguments(), locale.getCurrent())
                        .getSummary();
                promotion = quote(null);
            }
        }
        return promotion;
    }

    private PromotionQuote quote(String coupon) {
        CartView view = cart();
        return owner().filter(o -> !view.isEmpty())
                .map(o -> promotions.quote(new PriceRequest(
                        o,
                        "web",
                        view.items().stream()
                                .map(i -> new PriceRequest.Item(i.skuCode(), i.quantity()))
                                .toList(),
                        shippingFee(),
                        coupon)))
                .orElse(PromotionQuote.NONE);
    }

    /** Why the coupon typed cannot be used, or null. */
    public String getCouponRefusal() {
        getPromotion();
        return couponRefusal;
    }

    public String getCouponCode() {
        return draft.getCouponCode();
    }

    public void setCouponCode(String couponCode) {
        draft.setCouponCode(couponCode);
    }

    /** A discount shown as a negative amount. */
    public String minus(BigDecimal amount) {
        return "-" + MoneyFormat.of(amount, Money.CNY);
    }

    public String submit() {
        Optional<String> owner = owner();
        if (owner.isEmpty()) {
            return "/cart.xhtml?faces-redirect=true";
        }
        CartView cart = cart();
        try {
            if (!cart.readyForCheckout()) {
                return "/cart.xhtml?faces-redirect=true";
            }
            SalesOrder order = orders.place(new PlaceOrder(
                    owner.get(),
                    submissionToken,
                    visitorId(),
                    cart.items().stream()
                            .map(i -> new PlaceOrder.Item(i.skuCode(), i.quantity()))
                            .toList(),
                    draft.getAddress().address(),
                    draft.getShippingMethod(),
                    draft.getRemark(),
                    shownPayable,
                    getCouponRefusal() == null ? draft.getCouponCode() : null,
                    Checkout.delivery(draft.getDeliverySlot()).orElse(null),
                    draft.getPaymentMethod(),
                    new Invoice(
                            draft.getInvoiceKind(),
                            draft.getInvoiceMedium(),
                            draft.getInvoiceTitle(),
                            draft.getInvoiceTaxId()),
                    draft.isGift()));
            if (member().isEmpty()) {
                GuestOrders.placed(
                        (HttpServletRequest) FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequest(),
                        order.getNumber());
            }
            carts.removeOrdered(
                    owner.get(),
                    order.getLines().stream().map(l -> l.getSkuCode()).toList());
            if (saveAddress && member().isPresent()) {
                try {
                    addressBook.keep(member().get(), order.address());
                } catch (BusinessRuleViolation full) {
                    // the order is placed; a full address book only means this address was not kept
                    Messages.reject(full.messageKey(), full.arguments());
                }
            }
            draft.clear();
            return "/order.xhtml?faces-redirect=true&number=" + order.getNumber();
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
            return null;
        }
    }

    public String money(Money money) {
        return MoneyFormat.of(money);
    }

    /** The methods that deliver to the chosen province, with their fees for this cart; read once per request. */
    public List<Checkout.ShippingOption> getShippingOptions() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (shippingOptions == null || shippingReadFor != request) {
            shippingReadFor = request;
            shippingOptions = checkout.shippingOptions(draft.getAddress().getProvince(), items());
        }
        return shippingOptions;
    }

    /** The fee of the chosen method; zero while it does not deliver to the province (placing says why). */
    private BigDecimal shippingFee() {
        return getShippingOptions().stream()
                .filter(o -> o.method() == draft.getShippingMethod())
                .map(Checkout.ShippingOption::fee)
                .findFirst()
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    /** The fee of a method for this cart, for its label. */
    public String fee(Checkout.ShippingOption option) {
        return MoneyFormat.of(new Money(option.fee(), Money.CNY));
    }

    private List<PlaceOrder.Item> items() {
        return cart().items().stream()
                .map(i -> new PlaceOrder.Item(i.skuCode(), i.quantity()))
                .toList();
    }

    public List<String> getProvinces() {
        return checkout.provinces();
    }

    public List<String> getCities() {
        return draft.getAddress().cities(checkout);
    }

    public List<String> getDistricts() {
        return draft.getAddress().districts(checkout);
    }

    /** The payment methods the rules offer for this order as it stands (the payable the page shows). */
    public List<PaymentMethod> getPaymentMethods() {
        return List.copyOf(checkout.paymentMethods(
                draft.getAddress().getProvince(),
                items(),
                getAmounts().payable().amount()));
    }

    /** The credit-card instalment plans for the payable the page shows (none outside the instalment range). */
    public List<InstalmentOffer> getInstalmentOffers() {
        if (!getPaymentMethods().contains(PaymentMethod.ONLINE)) {
            return List.of();
        }
        return instalments.offers(getAmounts().payable().amount());
    }

    /** "6 months: ¥172.43 a month, fee ¥44.55 paid by you" in the shopper's language. */
    public String instalmentLine(InstalmentOffer offer) {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.ResourceBundle shop = faces.getApplication().getResourceBundle(faces, "shop");
        return java.text.MessageFormat.format(
                shop.getString("checkout.instalments.line"),
                offer.months(),
                MoneyFormat.of(new Money(offer.first(), Money.CNY)),
                MoneyFormat.of(new Money(offer.fee(), Money.CNY)),
                shop.getString(offer.shopBearsFee() ? "pay.instalment.bearer.SHOP" : "pay.instalment.bearer.SHOPPER"),
                offer.ratePercent().toPlainString());
    }

    /** The delivery slots still open, over the next days. */
    public List<Checkout.SlotChoice> getSlots() {
        return checkout.slots(ZonedDateTime.now(DeliverySlot.SHOP_ZONE));
    }

    /** "12-07 (Mon) 14:00–18:00 · 3 left" in the shopper's language. */
    public String slotLabel(Checkout.SlotChoice slot) {
        Locale current = locale.getCurrent();
        return DateTimeFormatter.ofPattern("MM-dd (EEE)", current).format(slot.day()) + " " + slot.window();
    }

    public Invoice.Kind[] getInvoiceKinds() {
        return Invoice.Kind.values();
    }

    public Invoice.Medium[] getInvoiceMedia() {
        return Invoice.Medium.values();
    }

    /** Without script, the region lists follow the province and city after this plain submit. */
    public String refreshRegions() {
        return null;
    }

    /** The signed-in shopper's saved addresses, the default first; none for a guest. */
    public List<AddressBook.Entry> getSavedAddresses() {
        if (savedAddresses == null) {
            savedAddresses = member().map(addressBook::entries).orElse(List.of());
        }
        return savedAddresses;
    }

    public Long getSavedAddress() {
        return savedAddress;
    }

    /** Choosing a saved address fills the address fields with it (the shopper may still change them). */
    public void setSavedAddress(Long id) {
        this.savedAddress = id;
        if (id != null) {
            member().flatMap(o -> addressBook.entry(o, id)).ifPresent(this::use);
        }
    }

    private void use(AddressBook.Entry entry) {
        savedAddress = entry.id();
        draft.getAddress().fill(entry.address());
    }

    /** "Recipient · street, district" for the list of saved addresses. */
    public String label(AddressBook.Entry entry) {
        DeliveryAddress a = entry.address();
        return a.recipient() + " · " + a.province() + a.city() + a.district() + " " + a.street();
    }

    public boolean isSaveAddress() {
        return saveAddress;
    }

    public void setSaveAddress(boolean saveAddress) {
        this.saveAddress = saveAddress;
    }

    public boolean isSignedIn() {
        return member().isPresent();
    }

    private static Optional<String> member() {
        return SignedIn.of((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .map(SignedIn::owner);
    }

    private static Optional<String> owner() {
        return CartCookie.owner((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    private static String visitorId() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return Visitor.idOf((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public String getRecipient() {
        return draft.getAddress().getRecipient();
    }

    public void setRecipient(String recipient) {
        draft.getAddress().setRecipient(recipient);
    }

    public String getPhone() {
        return draft.getAddress().getPhone();
    }

    public void setPhone(String phone) {
        draft.getAddress().setPhone(phone);
    }

    public String getProvince() {
        return draft.getAddress().getProvince();
    }

    /** A new province empties city and district, which the lists then offer anew. */
    public void setProvince(String province) {
        draft.getAddress().chooseProvince(province);
    }

    public String getCity() {
        return draft.getAddress().getCity();
    }

    /** Taken only when it is a city of the province chosen (a stale one, from before the province changed, is not). */
    public void setCity(String city) {
        draft.getAddress().chooseCity(city, checkout);
    }

    public String getDistrict() {
        return draft.getAddress().getDistrict();
    }

    public void setDistrict(String district) {
        draft.getAddress().chooseDistrict(district, checkout);
    }

    public String getStreet() {
        return draft.getAddress().getStreet();
    }

    public void setStreet(String street) {
        draft.getAddress().setStreet(street);
    }

    public String getPostcode() {
        return draft.getAddress().getPostcode();
    }

    public void setPostcode(String postcode) {
        draft.getAddress().setPostcode(postcode);
    }

    public ShippingMethod getShippingMethod() {
        return draft.getShippingMethod();
    }

    public void setShippingMethod(ShippingMethod shippingMethod) {
        draft.setShippingMethod(shippingMethod);
    }

    public String getDeliverySlot() {
        return draft.getDeliverySlot();
    }

    public void setDeliverySlot(String deliverySlot) {
        draft.setDeliverySlot(deliverySlot);
    }

    public PaymentMethod getPaymentMethod() {
        return draft.getPaymentMethod();
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        draft.setPaymentMethod(paymentMethod);
    }

    public Invoice.Kind getInvoiceKind() {
        return draft.getInvoiceKind();
    }

    public void setInvoiceKind(Invoice.Kind kind) {
        draft.setInvoiceKind(kind);
    }

    public Invoice.Medium getInvoiceMedium() {
        return draft.getInvoiceMedium();
    }

    public void setInvoiceMedium(Invoice.Medium medium) {
        draft.setInvoiceMedium(medium);
    }

    public String getInvoiceTitle() {
        return draft.getInvoiceTitle();
    }

    public void setInvoiceTitle(String title) {
        draft.setInvoiceTitle(title);
    }

    public String getInvoiceTaxId() {
        return draft.getInvoiceTaxId();
    }

    public void setInvoiceTaxId(String taxId) {
        draft.setInvoiceTaxId(taxId);
    }

    public boolean isGift() {
        return draft.isGift();
    }

    public void setGift(boolean gift) {
        draft.setGift(gift);
    }

    public String getRemark() {
        return draft.getRemark();
    }

    public void setRemark(String remark) {
        draft.setRemark(remark);
    }
}
