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
import org.emporium.web.storefront.checkout.AddressForm;
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
    private final AddressForm form = new AddressForm();
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
            editing = e.id();
            form.fill(e.address());
            makeDefault = e.preferred();
        });
    }

    public void save() {
        attempt(() -> {
            String owner = owner().orElseThrow(() -> new BusinessRuleViolation("address.book.members"));
            DeliveryAddress address = form.address();
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
        form.clear();
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
        return form.cities(checkout);
    }

    public List<String> getDistricts() {
        return form.districts(checkout);
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getRecipient() {
        return form.getRecipient();
    }

    public void setRecipient(String recipient) {
        form.setRecipient(recipient);
    }

    public String getPhone() {
        return form.getPhone();
    }

    public void setPhone(String phone) {
        form.setPhone(phone);
    }

    public String getProvince() {
        return form.getProvince();
    }

    /** A new province empties city and district, which the lists then offer anew. */
    public void setProvince(String province) {
        form.chooseProvince(province);
    }

    public String getCity() {
        return form.getCity();
    }

    public void setCity(String city) {
        form.chooseCity(city, checkout);
    }

    public String getDistrict() {
        return form.getDistrict();
    }

    public void setDistrict(String district) {
        form.chooseDistrict(district, checkout);
    }

    public String getStreet() {
        return form.getStreet();
    }

    public void setStreet(String street) {
        form.setStreet(street);
    }

    public String getPostcode() {
        return form.getPostcode();
    }

    public void setPostcode(String postcode) {
        form.setPostcode(postcode);
    }

    public boolean isMakeDefault() {
        return makeDefault;
    }

    public void setMakeDefault(boolean makeDefault) {
        this.makeDefault = makeDefault;
    }
}
