package org.emporium.web.storefront.account;

import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.order.boundary.AddressBook;
import org.emporium.order.boundary.Checkout;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.ui.Messages;

/**
 * {@code addresses.xhtml}: the signed-in shopper's address book — add, edit, delete, choose the default — with
 * the same checks as the checkout's address. A guest is sent to sign in first. The owner is always the session's
 * shopper, never anything the page sends, so no id typed into a request reaches another shopper's address.
 */
@ViewScoped
@Named
public class AddressBookPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AddressBookPage.class.getName());

    @Inject
    transient AddressBook book;

    @Inject
    transient Checkout checkout;

    private Long editing;
    private String recipient;
    private String phone;
    private String province;
    private String city;
    private String district;
    private String street;
    private String postcode;
    private boolean makeDefault;
    private transient List<AddressBook.Entry> entries;

    /** Guests sign in first and come back here. */
    public void load() throws IOException {
        if (owner().isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next=/addresses.xhtml");
        }
    }

    public List<AddressBook.Entry> getEntries() {
        if (entries == null) {
            entries = owner().map(book::entries).orElse(List.of());
        }
        return entries;
    }

    public void edit(long id) {
        owner().flatMap(o -> book.entry(o, id)).ifPresent(e -> {
            DeliveryAddress a = e.address();
            editing = e.id();
            recipient = a.recipient();
            phone = a.phone();
            province = a.province();
            city = a.city();
            district = a.district();
            street = a.street();
            postcode = a.postcode();
            makeDefault = e.preferred();
        });
    }

    public void save() {
        attempt(() -> {
            String owner = owner().orElseThrow(() -> new BusinessRuleViolation("address.book.members"));
            DeliveryAddress address = new DeliveryAddress(recipient, phone, province, city, district, street, postcode);
            if (editing == null) {
                book.add(owner, address, makeDefault);
            } else {
                book.update(owner, editing, address);
                if (makeDefault) {
                    book.makeDefault(owner, editing);
                }
            }
            Messages.info(AccountPages.TEXTS, "address.saved");
            clearForm();
        });
    }

    public void delete(long id) {
        attempt(() -> {
            book.delete(owner().orElseThrow(() -> new BusinessRuleViolation("address.book.members")), id);
            if (Objects.equals(editing, id)) {
                clearForm();
            }
            Messages.info(AccountPages.TEXTS, "address.deleted");
        });
    }

    public void makeDefault(long id) {
        attempt(() ->
                book.makeDefault(owner().orElseThrow(() -> new BusinessRuleViolation("address.book.members")), id));
    }

    public void cancel() {
        clearForm();
    }

    private void attempt(Runnable action) {
        try {
            action.run();
            entries = null;
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "An address book change failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
    }

    private void clearForm() {
        editing = null;
        recipient = null;
        phone = null;
        province = null;
        city = null;
        district = null;
        street = null;
        postcode = null;
        makeDefault = false;
    }

    private static Optional<String> owner() {
        return SignedIn.of((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .map(SignedIn::owner);
    }

    public List<String> getProvinces() {
        return checkout.provinces();
    }

    public List<String> getCities() {
        return province == null ? List.of() : checkout.cities(province);
    }

    public List<String> getDistricts() {
        return province == null || city == null ? List.of() : checkout.districts(province, city);
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getProvince() {
        return province;
    }

    /** A new province empties city and district, which the lists then offer anew. */
    public void setProvince(String province) {
        String chosen = province == null || province.isBlank() ? null : province;
        if (!Objects.equals(chosen, this.province)) {
            city = null;
            district = null;
        }
        this.province = chosen;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        String chosen = city != null && getCities().contains(city) ? city : null;
        if (!Objects.equals(chosen, this.city)) {
            district = null;
        }
        this.city = chosen;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district != null && getDistricts().contains(district) ? district : null;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public boolean isMakeDefault() {
        return makeDefault;
    }

    public void setMakeDefault(boolean makeDefault) {
        this.makeDefault = makeDefault;
    }
}
