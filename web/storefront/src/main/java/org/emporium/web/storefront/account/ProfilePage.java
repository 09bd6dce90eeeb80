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
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.customer.boundary.AccountSecurity;
import org.emporium.customer.boundary.Customers;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.ui.Messages;

/**
 * {@code profile.xhtml}: the signed-in shopper's mobile number (changed with a code sent by SMS to the new number)
 * and email (changed when the shopper opens the link mailed to the new address, {@code confirm-email.xhtml}).
 */
@ViewScoped
@Named
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProfilePage.class.getName());

    @Inject
    transient AccountSecurity security;

    @Inject
    transient Customers customers;

    private String newPhone;
    private String code;
    private boolean codeSent;
    private String newEmail;
    private String token;
    private boolean confirmed;

    public void load() throws IOException {
        if (shopper().isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next=/profile.xhtml");
        }
    }

    public Customers.Summary getAccount() {
        return shopper().flatMap(s -> customers.byId(s.accountId())).orElse(null);
    }

    public void sendPhoneCode() {
        attempt(() -> {
            security.requestPhoneCode(accountId(), newPhone, AccountPages.language());
            codeSent = true;
            Messages.info(AccountPages.TEXTS, "account.code.sent", newPhone);
        });
    }

    public void changePhone() {
        attempt(() -> {
            security.changePhone(accountId(), newPhone, code);
            codeSent = false;
            newPhone = null;
            Messages.info(AccountPages.TEXTS, "profile.phone.changed");
        });
        code = null;
    }

    public void requestEmailChange() {
        attempt(() -> {
            security.requestEmailChange(accountId(), newEmail, AccountPages.language());
            Messages.info(AccountPages.TEXTS, "profile.email.sent", newEmail);
        });
    }

    /** {@code confirm-email.xhtml?t=…}: the link of the mail; works whether or not the shopper is signed in. */
    public void confirmEmail() {
        attempt(() -> {
            String email = security.confirmEmail(token);
            confirmed = true;
            Messages.info(AccountPages.TEXTS, "profile.email.changed", email);
        });
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "A profile change failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
    }

    private static long accountId() {
        return shopper()
                .orElseThrow(() -> new BusinessRuleViolation("customer.unknown"))
                .accountId();
    }

    private static Optional<SignedIn> shopper() {
        return SignedIn.of((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public String getNewPhone() {
        return newPhone;
    }

    public void setNewPhone(String newPhone) {
        this.newPhone = newPhone;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isCodeSent() {
        return codeSent;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
