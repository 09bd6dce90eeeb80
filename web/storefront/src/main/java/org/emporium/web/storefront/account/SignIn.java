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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.customer.boundary.ExternalLogins;
import org.emporium.customer.boundary.ShopperLogin;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.ui.Messages;

/**
 * {@code login.xhtml}: signing in with a password (mobile number or email), with a code sent by SMS, or with an
 * external account (OpenID Connect, QQ, Weibo: {@link ExternalLoginServlet}), with "remember me" on each. The credentials go to the container's authentication ({@link ShopperAuthentication});
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

    @Inject
    transient ExternalLogins externalLogins;

    private transient List<ExternalLogins.Provider> providers;

    private String next;
    private String login;
    private String password;
    private boolean remember;
    private String phone;
    private String code;
    private boolean codeSent;

    /** A shopper signed in already has nothing to do here; a failed external sign-in is said here. */
    public void skipIfSignedIn() throws IOException {
        if (SignedIn.of(request()).isPresent()) {
            goOn();
            return;
        }
        ExternalLoginServlet.takeProblem(request()).ifPresent(p -> Messages.reject(p.messageKey(), p.arguments()));
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
        sayWhyNot(request());
    }

    /** Says why a sign-in just tried on this request failed: locked (until when), or wrong. */
    static void sayWhyNot(HttpServletRequest request) {
        if (request.getAttribute(ShopperIdentityStore.OUTCOME) instanceof ShopperLogin.Outcome outcome
                && outcome.locked()) {
            Messages.reject("customer.login.locked", ShopperLogin.clock(outcome.lockedUntil()));
        } else {
            Messages.error(AccountPages.TEXTS, "account.signin.failed");
        }
    }

    /** The login providers offered besides the password and the SMS code. */
    public List<ExternalLogins.Provider> getProviders() {
        if (providers == null) {
            providers = externalLogins.providers();
        }
        return providers;
    }

    /** Sends the browser to the provider's sign-in, coming back to the same page and remembering as ticked. */
    public void external(String provider) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/external-login/start?provider="
                + URLEncoder.encode(provider, StandardCharsets.UTF_8)
                + "&remember=" + remember
                + "&next=" + URLEncoder.encode(ReturnPath.of(next).orElse("/"), StandardCharsets.UTF_8));
        FacesContext.getCurrentInstance().responseComplete();
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
