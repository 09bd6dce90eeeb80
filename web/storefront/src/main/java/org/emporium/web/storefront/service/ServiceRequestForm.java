package org.emporium.web.storefront.service;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emporium.order.boundary.ServiceAsk;
import org.emporium.order.boundary.ServiceCentre;
import org.emporium.order.entity.Claimable;
import org.emporium.order.entity.ServiceKind;
import org.emporium.order.entity.ServicePhoto;
import org.emporium.order.entity.ServiceReason;
import org.emporium.order.entity.ServiceRequest;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.storefront.account.CurrentShopper;
import org.emporium.web.ui.LocaleSwitch;
import org.emporium.web.ui.Messages;

/**
 * {@code service-new.xhtml?kind=...&order=...}: asking the service centre. For a refund (a paid order not yet
 * shipped) or a return or exchange (a delivered order): the reason from the list and in words, how many units of
 * each line (at most what is left of it), and for returns and exchanges photos of the goods. For a complaint or a
 * suggestion: the subject and the text, about one of the shopper's orders or none. The order is always looked up
 * as the session's shopper's: another shopper's number is a 404. Made, the request's page opens.
 */
@Named("serviceForm")
@ViewScoped
public class ServiceRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ServiceCentre centre;

    @Inject
    transient CurrentShopper shopper;

    @Inject
    transient LocaleSwitch locale;

    private String kind;
    private String order;
    private ServiceReason reason;
    private String subject;
    private String text;
    private List<Claimable> lines = List.of();
    private final Map<Long, Integer> quantities = new HashMap<>();
    private transient Collection<Part> photos;

    public void load() throws IOException {
        Optional<String> owner = ShopperAction.ownerOrSignIn(shopper);
        if (owner.isEmpty() || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        ServiceKind chosen = getChosenKind();
        if (chosen.aboutGoods() && (order == null || order.isBlank())) {
            notFound();
            return;
        }
        if (order == null || order.isBlank()) {
            return;
        }
        // Another shopper's order is as absent as one that does not exist; one of theirs that allows no such
        // request now says why.
        Optional<BusinessRuleViolation> refused = ShopperAction.refused(() -> {
            List<Claimable> found = centre.claimable(owner.get(), order, chosen);
            lines = chosen.aboutGoods() ? found : List.of();
        });
        if (refused.isPresent()) {
            if ("order.unknown".equals(refused.get().messageKey())) {
                notFound();
            } else {
                Messages.reject(refused.get().messageKey(), refused.get().arguments());
            }
        }
    }

    /** Sends the request; the photos are read here, each at most {@link ServicePhoto#MAX_BYTES} as the rule says. */
    public void submit() throws IOException {
        Optional<String> owner = ShopperAction.owner();
        if (owner.isEmpty()) {
            Messages.reject("service.unknown", "");
            return;
        }
        List<ServiceAsk.Photo> uploads = new ArrayList<>();
        if (photos != null) {
            for (Part part : photos) {
                if (part.getSize() == 0) {
                    continue;
                }
                if (part.getSize() > ServicePhoto.MAX_BYTES) {
                    Messages.reject("media.tooLarge", ServicePhoto.MAX_BYTES / (1024 * 1024));
                    return;
                }
                try (InputStream in = part.getInputStream()) {
                    uploads.add(
                            new ServiceAsk.Photo(part.getSubmittedFileName(), in.readNBytes(ServicePhoto.MAX_BYTES)));
                }
            }
        }
        ServiceKind chosen = getChosenKind();
        ServiceAsk ask = new ServiceAsk(
                chosen,
                order,
                chosen.aboutGoods() ? reason : null,
                subject,
                text,
                chosen.aboutGoods() ? chosenQuantities() : Map.of(),
                uploads);
        ServiceRequest[] made = new ServiceRequest[1];
        if (ShopperAction.run(() -> made[0] = centre.open(owner.get(), ask))) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            Messages.info(ShopperAction.TEXTS, "service.sent", made[0].getNumber());
            external.redirect(
                    external.getRequestContextPath() + "/service-request.xhtml?number=" + made[0].getNumber());
        }
    }

    /** The units chosen per line, lines left at nothing left out. */
    private Map<Long, Integer> chosenQuantities() {
        Map<Long, Integer> chosen = new HashMap<>();
        quantities.forEach((line, units) -> {
            if (units != null && units != 0) {
                chosen.put(line, units);
            }
        });
        return chosen;
    }

    private static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "");
        faces.responseComplete();
    }

    /** The kind asked for in the address; a complaint when it names none or an unknown one. */
    public ServiceKind getChosenKind() {
        try {
            return kind == null ? ServiceKind.COMPLAINT : ServiceKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            return ServiceKind.COMPLAINT;
        }
    }

    public List<ServiceReason> getReasons() {
        return List.copyOf(ServiceReason.forKind(getChosenKind()));
    }

    /** 0 to what is left of the line, for its choice of units. */
    public List<Integer> unitsOf(Claimable line) {
        List<Integer> units = new ArrayList<>();
        for (int i = 0; i <= line.getLeft(); i++) {
            units.add(i);
        }
        return units;
    }

    public String name(Claimable line) {
        return line.name(locale.getCurrent());
    }

    public boolean isWithPhotos() {
        return getChosenKind() != ServiceKind.REFUND;
    }

    public int getMaxPhotos() {
        return ServicePhoto.MAX_PER_REQUEST;
    }

    public int getMaxPhotoMegabytes() {
        return ServicePhoto.MAX_BYTES / (1024 * 1024);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public ServiceReason getReason() {
        return reason;
    }

    public void setReason(ServiceReason reason) {
        this.reason = reason;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Claimable> getLines() {
        return lines;
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
    }

    public Collection<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(Collection<Part> photos) {
        this.photos = photos;
    }
}
