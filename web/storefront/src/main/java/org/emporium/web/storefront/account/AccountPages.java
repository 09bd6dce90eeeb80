package org.emporium.web.storefront.account;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.customer.boundary.PasswordRecovery;
import org.emporium.customer.boundary.Registration;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.ui.Messages;

/**
 * {@code register.xhtml}, {@code forgot-password.xhtml} and {@code reset-password.xhtml}: quick registration
 * with an SMS code, and password recovery by email link or SMS code.
 */
@ViewScoped
@Named
public class AccountPages implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TEXTS = "org.emporium.web.storefront.i18n.shop";
    private static final Logger LOG = Logger.getLogger(AccountPages.class.getName());

    @Inject
    transient Registration registration;

    @Inject
    transient PasswordRecovery recovery;

    private String phone;
    private String code;
    private String password;
    private String name;
    private String login;
    private String token;
    private boolean codeSent;
    private boolean done;

    public void sendCode() {
        attempt(() -> {
            registration.requestCode(phone, language());
            codeSent = true;
            Messages.info(TEXTS, "account.code.sent", phone);
        });
    }

    public void register() {
        attempt(() -> {
            registration.register(phone, code, password, name, language());
            done = true;
        });
    }

    public void requestReset() {
        attempt(() -> {
            recovery.request(login, language());
            done = true;
        });
    }

    public void reset() {
        attempt(() -> {
            if (token != null && !token.isBlank()) {
                recovery.resetWithLink(token, password);
            } else {
                recovery.resetWithCode(phone, code, password);
            }
            done = true;
        });
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleViolation violation) {
            Messages.reject(violation.messageKey(), violation.arguments());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "An account request failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        } finally {
            password = null;
        }
    }

    static String language() {
        return "en"
                        .equals(FacesContext.getCurrentInstance()
                                .getViewRoot()
                                .getLocale()
                                .getLanguage())
                ? "en"
                : "zh_CN";
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isCodeSent() {
        return codeSent;
    }

    public boolean isDone() {
        return done;
    }
}
