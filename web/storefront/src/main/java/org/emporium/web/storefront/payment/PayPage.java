package org.emporium.web.storefront.payment;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.emporium.order.boundary.OrderDue;
import org.emporium.order.boundary.Orders;
import org.emporium.payment.boundary.AccountView;
import org.emporium.payment.boundary.Accounts;
import org.emporium.payment.boundary.InstalmentOffer;
import org.emporium.payment.boundary.Instalments;
import org.emporium.payment.boundary.PaymentStep;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.boundary.TenderChoice;
import org.emporium.payment.entity.Payment;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.emporium.web.storefront.cart.CartCookie;
import org.emporium.web.storefront.product.MoneyFormat;
import org.emporium.web.ui.Messages;

/**
 * pay.xhtml?number=...: paying an order placed from this browser. The shopper ticks the ways to pay (gift card,
 * points, balance) and puts them in the order they should be used; Alipay, when ticked, pays the rest. A
 * payment already started is shown as it stands (the gateway is asked first, in case its notification is still
 * on its way), with a button to go back to Alipay while its part is open. Anyone else's order is a 404.
 */
@Named
@ViewScoped
public class PayPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Orders orders;

    @Inject
    Payments payments;

    @Inject
    Accounts accounts;

    @Inject
    Instalments instalments;

    private String number;
    private OrderDue due;
    private Payment payment;
    private AccountView account;

    private boolean useGiftCard;
    private String giftCardCode;
    private int giftCardRank = 1;
    private boolean usePoints;
    private int pointsRank = 2;
    private boolean useBalance;
    private int balanceRank = 3;
    private boolean useAlipay = true;
    private boolean useWechat;
    private boolean useUnionpay;
    private boolean useInstalment;
    private int instalmentMonths;
    private List<InstalmentOffer> instalmentOffers = List.of();

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<String> owner = owner();
        due = number == null ? null : owner.flatMap(o -> orders.due(o, number)).orElse(null);
        if (due == null) {
            ((HttpServletResponse) external.getResponse()).sendError(404);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        payment = payments.check(owner.get(), number).orElse(null);
        account = accounts.account(owner.get());
        instalmentOffers = instalments.offers(due.payable().amount());
        if (instalmentMonths == 0 && !instalmentOffers.isEmpty()) {
            instalmentMonths = instalmentOffers.get(0).months();
        }
    }

    public String pay() {
        Optional<String> owner = owner();
        if (owner.isEmpty() || number == null) {
            return null;
        }
        record Ranked(int rank, TenderChoice choice) {}
        List<Ranked> ranked = new ArrayList<>();
        if (useGiftCard) {
            ranked.add(new Ranked(giftCardRank, TenderChoice.giftCard(giftCardCode)));
        }
        if (usePoints) {
            ranked.add(new Ranked(pointsRank, TenderChoice.of(TenderMethod.POINTS)));
        }
        if (useBalance) {
            ranked.add(new Ranked(balanceRank, TenderChoice.of(TenderMethod.BALANCE)));
        }
        List<TenderChoice> choices = new ArrayList<>(ranked.stream()
                .sorted(Comparator.comparingInt(Ranked::rank))
                .map(Ranked::choice)
                .toList());
        if (useAlipay) {
            choices.add(TenderChoice.of(TenderMethod.ALIPAY));
        }
        if (useWechat) {
            choices.add(TenderChoice.of(TenderMethod.WECHAT));
        }
        if (useUnionpay) {
            choices.add(TenderChoice.of(TenderMethod.UNIONPAY));
        }
        if (useInstalment) {
            choices.add(TenderChoice.instalments(instalmentMonths));
        }
        try {
            return follow(payments.pay(owner.get(), number, choices, shopUrl(), mobile()));
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
            return null;
        }
    }

    /** Back to the gateway for the part still open. */
    public String resume() {
        Optional<String> owner = owner();
        if (owner.isEmpty()) {
            return null;
        }
        try {
            return follow(payments.resume(owner.get(), number, shopUrl(), mobile()));
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
            return null;
        }
    }

    private String follow(PaymentStep step) {
        if (step.kind() == PaymentStep.Kind.REDIRECT) {
            try {
                FacesContext.getCurrentInstance().getExternalContext().redirect(step.redirect());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        }
        return "/pay.xhtml?faces-redirect=true&number=" + number;
    }

    public boolean isPayable() {
        return due != null && due.awaitingPayment() && payment == null;
    }

    public boolean isAlipayOpen() {
        return payment != null
                && payment.external()
                        .map(t -> t.getStatus().name().equals("PENDING"))
                        .orElse(false)
                && due.awaitingPayment();
    }

    public String money(BigDecimal amount) {
        return MoneyFormat.of(new Money(amount, due.payable().currency()));
    }

    public String payable() {
        return MoneyFormat.of(due.payable());
    }

    /** A tender as the page describes it: the gift card's masked code or the points it took. */
    public String detail(Tender tender) {
        if (tender.getMethod() == TenderMethod.POINTS && tender.getPoints() != null) {
            return String.valueOf(tender.getPoints());
        }
        return "";
    }

    /** The instalment plans for the whole payable, line by line; empty when the amount is outside the range. */
    public List<InstalmentOffer> getInstalmentOffers() {
        return instalmentOffers;
    }

    /** "6 months" in the shopper's language. */
    public String plan(int months) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return java.text.MessageFormat.format(
                faces.getApplication().getResourceBundle(faces, "shop").getString("pay.instalment.plan"), months);
    }

    /** What the shopper is charged through the gateway for a tender: its amount, with a fee they bear. */
    public String charged(Tender tender) {
        return money(tender.charged());
    }

    public boolean isUseUnionpay() {
        return useUnionpay;
    }

    public void setUseUnionpay(boolean useUnionpay) {
        this.useUnionpay = useUnionpay;
    }

    public boolean isUseInstalment() {
        return useInstalment;
    }

    public void setUseInstalment(boolean useInstalment) {
        this.useInstalment = useInstalment;
    }

    public int getInstalmentMonths() {
        return instalmentMonths;
    }

    public void setInstalmentMonths(int instalmentMonths) {
        this.instalmentMonths = instalmentMonths;
    }

    public List<Integer> getRanks() {
        return List.of(1, 2, 3);
    }

    private static String shopUrl() {
        return GatewayParameters.shopUrl(request());
    }

    private static boolean mobile() {
        String agent = Optional.ofNullable(request().getHeader("User-Agent")).orElse("");
        return agent.contains("Mobile") || agent.contains("Android") || agent.contains("iPhone");
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static Optional<String> owner() {
        return CartCookie.owner(request());
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public OrderDue getDue() {
        return due;
    }

    public Payment getPayment() {
        return payment;
    }

    public AccountView getAccount() {
        return account;
    }

    public boolean isUseGiftCard() {
        return useGiftCard;
    }

    public void setUseGiftCard(boolean useGiftCard) {
        this.useGiftCard = useGiftCard;
    }

    public String getGiftCardCode() {
        return giftCardCode;
    }

    public void setGiftCardCode(String giftCardCode) {
        this.giftCardCode = giftCardCode;
    }

    public int getGiftCardRank() {
        return giftCardRank;
    }

    public void setGiftCardRank(int giftCardRank) {
        this.giftCardRank = giftCardRank;
    }

    public boolean isUsePoints() {
        return usePoints;
    }

    public void setUsePoints(boolean usePoints) {
        this.usePoints = usePoints;
    }

    public int getPointsRank() {
        return pointsRank;
    }

    public void setPointsRank(int pointsRank) {
        this.pointsRank = pointsRank;
    }

    public boolean isUseBalance() {
        return useBalance;
    }

    public void setUseBalance(boolean useBalance) {
        this.useBalance = useBalance;
    }

    public int getBalanceRank() {
        return balanceRank;
    }

    public void setBalanceRank(int balanceRank) {
        this.balanceRank = balanceRank;
    }

    public boolean isUseWechat() {
        return useWechat;
    }

    public void setUseWechat(boolean useWechat) {
        this.useWechat = useWechat;
    }

    public boolean isUseAlipay() {
        return useAlipay;
    }

    public void setUseAlipay(boolean useAlipay) {
        this.useAlipay = useAlipay;
    }
}
