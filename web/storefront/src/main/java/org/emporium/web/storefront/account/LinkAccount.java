package org.emporium.web.storefront.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.customer.boundary.ExternalLogins;
import org.emporium.customer.boundary.Registration;
import org.emporium.customer.boundary.ShopperLogin;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.ui.Messages;

/**
 * {@code link-account.xhtml}: an external account no shop account is linked to yet. The shopper proves an
 * existing account theirs — its password, or a code sent to its mobile number, counted and locked like any
 * sign-in — and the external account is linked to it; or opens a new account with a mobile number confirmed by
 * SMS (no password needed). Either way they are then signed in as with a password (new session id, remember-me as
 * chosen before leaving for the provider, guest cart merged).
 */
@ViewScoped
@Named
public class LinkAccount implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LinkAccount.class.getName());

    @Inject
    transient SecurityContext security;

    @Inject
    transient ExternalLogins externalLogins;

    @Inject
    transient ShopperLogin shopperLogin;

    @Inject
    transient Registration registration;

    private String login;
    private String password;
    private String phone;
    private String code;
    private boolean codeSent;
    private String newPhone;
    private String newCode;
    private String name;
    private boolean newCodeSent;

    /** Nothing waits to be linked: back to signing in. */
    public void load() throws IOException {
        if (ExternalLoginServlet.unlinked(request()).isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        } else if (name == null) {
            name = ExternalLoginServlet.unlinked(request()).get().identity().name();
        }
    }

    public ExternalLoginServlet.Unlinked getUnlinked() {
        return ExternalLoginServlet.unlinked(request()).orElse(null);
    }

    public void withPassword() throws IOException {
        try {
            signInAndLink(new ShopperCredential.WithPassword(login, password));
        } finally {
            password = null;
        }
    }

    public void sendCode() {
        attempt(() -> {
            shopperLogin.sendCode(phone, AccountPages.language(), request().getRemoteAddr());
            codeSent = true;
            Messages.info(AccountPages.TEXTS, "account.code.sent", phone);
        });
    }

    public void withCode() throws IOException {
        try {
            signInAndLink(new ShopperCredential.WithCode(phone, code));
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
        } finally {
            code = null;
        }
    }

    public void sendNewCode() {
        attempt(() -> {
            registration.requestCode(newPhone, AccountPages.language());
            newCodeSent = true;
            Messages.info(AccountPages.TEXTS, "account.code.sent", newPhone);
        });
    }

    /** Opens a new account for the external one and signs it in. */
    public void register() throws IOException {
        ExternalLoginServlet.Unlinked unlinked = getUnlinked();
        if (unlinked == null) {
            load();
            return;
        }
        try {
            externalLogins.register(unlinked.identity(), newPhone, newCode, name, AccountPages.language());
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
            return;
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "An account for an external login could not be opened", e);
            Messages.error(Messages.COMMON, "error.unexpected");
            return;
        }
        signIn(new ShopperCredential.External(unlinked.identity()), unlinked);
    }

    /** Signs in with what proves the account the shopper's, then links the external account to it. */
    private void signInAndLink(ShopperCredential credential) throws IOException {
        ExternalLoginServlet.Unlinked unlinked = getUnlinked();
        if (unlinked == null) {
            load();
            return;
        }
        if (authenticate(credential, unlinked) != AuthenticationStatus.SUCCESS) {
            SignIn.sayWhyNot(request());
            return;
        }
        long accountId = SignedIn.of(request()).orElseThrow().accountId();
        try {
            externalLogins.link(accountId, unlinked.identity());
        } catch (BusinessRuleViolation refused) {
            // signed in all the same; the page says why the external account is not linked
            ExternalLoginServlet.forgetUnlinked(request());
            Messages.reject(refused.messageKey(), refused.arguments());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            goTo("/security.xhtml");
            return;
        }
        ExternalLoginServlet.forgetUnlinked(request());
        goTo(unlinked.next());
    }

    private void signIn(ShopperCredential credential, ExternalLoginServlet.Unlinked unlinked) throws IOException {
        if (authenticate(credential, unlinked) != AuthenticationStatus.SUCCESS) {
            SignIn.sayWhyNot(request());
            return;
        }
        ExternalLoginServlet.forgetUnlinked(request());
        goTo(unlinked.next());
    }

    private AuthenticationStatus authenticate(Credential credential, ExternalLoginServlet.Unlinked unlinked) {
        return security.authenticate(
                request(),
                response(),
                withParams()
                        .newAuthentication(true)
                        .rememberMe(unlinked.remember())
                        .credential(credential));
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "A code could not be sent", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
    }

    private static void goTo(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + ReturnPath.of(path).orElse("/"));
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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

    public String getNewPhone() {
        return newPhone;
    }

    public void setNewPhone(String newPhone) {
        this.newPhone = newPhone;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isNewCodeSent() {
        return newCodeSent;
    }
}
