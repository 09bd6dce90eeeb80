package org.emporium.web.storefront.service;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.emporium.order.boundary.ServiceCentre;
import org.emporium.order.boundary.ServicePhotoInfo;
import org.emporium.order.entity.ServiceLine;
import org.emporium.order.entity.ServiceRequest;
import org.emporium.order.entity.ServiceStatus;
import org.emporium.web.storefront.account.CurrentShopper;
import org.emporium.web.storefront.product.MoneyFormat;
import org.emporium.web.ui.LocaleSwitch;
import org.emporium.web.ui.Messages;

/**
 * {@code service-request.xhtml?number=...}: one of the signed-in shopper's requests — what was asked, the lines and
 * photos, its history, the thread with the shop's replies — and what its status allows: reply, withdraw (while
 * nobody has answered), say the goods of an approved return or exchange are on their way back. The request is
 * always looked up as the session's shopper's: another shopper's number is a 404, as for one that does not exist.
 */
@Named("myRequest")
@ViewScoped
public class MyServiceRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ServiceCentre centre;

    @Inject
    transient CurrentShopper shopper;

    @Inject
    transient LocaleSwitch locale;

    private String number;
    private String reply;
    private String note;
    private transient ServiceRequest request;
    private transient List<ServicePhotoInfo> photos;

    public void load() throws IOException {
        if (ShopperAction.ownerOrSignIn(shopper).isPresent() && getRequest() == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /** The request, read afresh once per request, only ever as the session's shopper's. */
    public ServiceRequest getRequest() {
        if (request == null && number != null) {
            request = owner().flatMap(o -> centre.request(o, number)).orElse(null);
        }
        return request;
    }

    public List<ServicePhotoInfo> getPhotos() {
        if (photos == null) {
            photos = owner().map(o -> centre.photos(o, number)).orElse(List.of());
        }
        return photos;
    }

    public void sendReply() {
        if (ShopperAction.run(() -> centre.reply(owner().orElseThrow(), number, reply))) {
            reply = null;
            Messages.info(ShopperAction.TEXTS, "service.replied");
        }
        request = null;
    }

    public void withdraw() {
        if (ShopperAction.run(() -> centre.withdraw(owner().orElseThrow(), number))) {
            Messages.info(ShopperAction.TEXTS, "service.withdrawn", number);
        }
        request = null;
    }

    public void goodsSent() {
        if (ShopperAction.run(() -> centre.goodsSent(owner().orElseThrow(), number, note))) {
            note = null;
            Messages.info(ShopperAction.TEXTS, "service.goodsSent.done");
        }
        request = null;
    }

    public boolean isWithdrawable() {
        return getRequest() != null && getRequest().getStatus() == ServiceStatus.REQUESTED;
    }

    public boolean isAwaitingGoods() {
        return getRequest() != null
                && getRequest().getKind().goodsComeBack()
                && getRequest().getStatus() == ServiceStatus.APPROVED;
    }

    public boolean isOpen() {
        return getRequest() != null && !getRequest().getStatus().isFinal();
    }

    public String time(java.time.OffsetDateTime at) {
        return ServiceTimes.shopTime(at);
    }

    public String name(ServiceLine line) {
        return line.name(locale.getCurrent());
    }

    public String money(BigDecimal amount) {
        return amount == null || getRequest().getCurrency() == null
                ? ""
                : MoneyFormat.of(amount, Currency.getInstance(getRequest().getCurrency()));
    }

    private static Optional<String> owner() {
        return ShopperAction.owner();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
