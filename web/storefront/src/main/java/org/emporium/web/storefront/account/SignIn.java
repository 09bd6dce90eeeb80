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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.customer.boundary.ShopperLogin;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.ui.Messages;

/**
 * {@code login.xhtml}: signing in with a password (mobile number or email) or with a code sent by SMS, with
 * "remember me" on either. The credentials go to the container's authentication ({@link ShopperAuthentication});
 * a wrong login and a locked one are told apart (the lock says until when, as a correct password would be
 * refused too). After signing in the shopper goes back to the page they came from, if it is one of this shop's.
 */
@ViewScoped
@Named
public class SignIn implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @Inject
    transient SecurityContext security;

    @Inject
    transient ShopperLogin shopperLogin;

    private String next;
    private String login;
    private String password;
    private boolean remember;
    private String phone;
    private String code;
    private boolean codeSent;

    /** A shopper signed in already has nothing to do here. */
    public void skipIfSignedIn() throws IOException {
        if (SignedIn.of(request()).isPresent()) {
            goOn();
        }
    }

    public void withPassword() throws IOException {
        try {
            finish(security.authenticate(
                    request(),
                    response(),
                    withParams()
                            .newAuthentication(true)
                            .rememberMe(remember)
                            .credential(new ShopperCredential.WithPassword(login, password))));
        } finally {
            password = null;
        }
    }

    public void sendCode() {
        try {
            shopperLogin.sendCode(phone, AccountPages.language(), request().getRemoteAddr());
            codeSent = true;
            Messages.info(AccountPages.TEXTS, "account.code.sent", phone);
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "A login code could not be sent", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
    }

    public void withCode() throws IOException {
        try {
            finish(security.authenticate(
                    request(),
                    response(),
                    withParams()
                            .newAuthentication(true)
                            .rememberMe(remember)
                            .credential(new ShopperCredential.WithCode(phone, code))));
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
        } finally {
            code = null;
        }
    }

    private void finish(AuthenticationStatus status) throws IOException {
        if (status == AuthenticationStatus.SUCCESS) {
            goOn();
            return;
        }
        if (request().getAttribute(ShopperIdentityStore.OUTCOME) instanceof ShopperLogin.Outcome outcome
                && outcome.locked()) {
            Messages.reject("customer.login.locked", ShopperLogin.clock(outcome.lockedUntil()));
        } else {
            Messages.error(AccountPages.TEXTS, "account.signin.failed");
        }
    }

    private void goOn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + ReturnPath.of(next).orElse("/"));
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

    public String getNext() {
        return next;
    }

    /** Only a path of this shop is kept; anything else leads home. */
    public void setNext(String next) {
        this.next = ReturnPath.of(next).orElse(null);
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

    public boolean isRemember() {
        return remember;
    }

    public void setRemember(boolean remember) {
        this.remember = remember;
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
}
