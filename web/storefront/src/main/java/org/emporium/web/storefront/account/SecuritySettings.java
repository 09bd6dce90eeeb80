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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.customer.boundary.AccountSecurity;
import org.emporium.customer.boundary.ExternalLogins;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.ui.Messages;

/**
 * {@code security.xhtml}: the signed-in shopper's password (changed with the current one; set, for an account
 * opened with an external login), their linked external accounts (link another, unlink one — never the last way
 * in), and where they are signed in: the remembered browsers, and "sign out everywhere else". Always the
 * session's own account; a guest signs in first.
 */
@ViewScoped
@Named
public class SecuritySettings implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SecuritySettings.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient AccountSecurity security;

    @Inject
    transient ExternalLogins externalLogins;

    private String currentPassword;
    private String newPassword;
    private String linked;
    private transient List<ExternalLogins.Linked> links;

    /** Guests sign in first and come back; what a link just did (or why it did not) is said. */
    public void load() throws IOException {
        if (shopper().isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next=/security.xhtml");
            return;
        }
        ExternalLoginServlet.takeProblem(request()).ifPresent(p -> Messages.reject(p.messageKey(), p.arguments()));
        if (linked != null && getLinks().stream().anyMatch(l -> l.provider().equals(linked))) {
            Messages.info(AccountPages.TEXTS, "security.linked.done");
        }
    }

    public boolean isHasPassword() {
        return shopper().map(s -> security.hasPassword(s.accountId())).orElse(false);
    }

    public void changePassword() {
        attempt(() -> {
            SignedIn shopper = shopper().orElseThrow(() -> new BusinessRuleViolation("customer.unknown"));
            String cookie = rememberCookie();
            security.changePassword(shopper.accountId(), currentPassword, newPassword, cookie);
            // whoever knew the old password is signed out everywhere else too
            stayHere(shopper, security.signOutEverywhereElse(shopper.accountId(), cookie));
            Messages.info(AccountPages.TEXTS, "security.password.changed");
        });
        currentPassword = null;
        newPassword = null;
    }

    public List<ExternalLogins.Linked> getLinks() {
        if (links == null) {
            links = shopper().map(s -> externalLogins.linked(s.accountId())).orElse(List.of());
        }
        return links;
    }

    /** The providers not linked yet, offered to link. */
    public List<ExternalLogins.Provider> getLinkable() {
        return externalLogins.providers().stream()
                .filter(p -> getLinks().stream().noneMatch(l -> l.provider().equals(p.id())))
                .toList();
    }

    public void unlink(String provider) {
        attempt(() -> {
            externalLogins.unlink(
                    shopper()
                            .orElseThrow(() -> new BusinessRuleViolation("customer.unknown"))
                            .accountId(),
                    provider);
            Messages.info(AccountPages.TEXTS, "security.unlinked");
        });
    }

    public List<AccountSecurity.RememberedBrowser> getRemembered() {
        return shopper()
                .map(s -> security.remembered(s.accountId(), rememberCookie()))
                .orElse(List.of());
    }

    public void signOutEverywhereElse() {
        attempt(() -> {
            SignedIn shopper = shopper().orElseThrow(() -> new BusinessRuleViolation("customer.unknown"));
            stayHere(shopper, security.signOutEverywhereElse(shopper.accountId(), rememberCookie()));
            Messages.info(AccountPages.TEXTS, "security.signed-out-elsewhere");
        });
    }

    public String when(OffsetDateTime at) {
        return at == null ? "" : WHEN.format(at.atZoneSameInstant(ZoneId.of("Asia/Shanghai")));
    }

    /** This session counts from the moment the others stopped counting. */
    private static void stayHere(SignedIn shopper, OffsetDateTime from) {
        request()
                .getSession()
                .setAttribute(SignedIn.ATTRIBUTE, new SignedIn(shopper.accountId(), shopper.displayName(), from));
    }

    private void attempt(Runnable action) {
        try {
            action.run();
            links = null;
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "A security setting could not be changed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
    }

    private static String rememberCookie() {
        return ShopperAuthentication.cookie(request(), ShopperAuthentication.REMEMBER_COOKIE)
                .orElse(null);
    }

    private static Optional<SignedIn> shopper() {
        return SignedIn.of(request());
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getLinked() {
        return linked;
    }

    public void setLinked(String linked) {
        this.linked = linked;
    }
}
