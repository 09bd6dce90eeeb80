package org.emporium.web.backoffice.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.emporium.admin.boundary.LoginThrottle;
import org.emporium.admin.boundary.LoginThrottle.Verdict;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.backoffice.layout.DisplayZone;
import org.emporium.web.ui.Messages;

/**
 * The login page. It passes what was typed to the container's authentication (Jakarta Security), which
 * then either sends the user on to the page they first asked for or tells this page that it failed.
 */
@RequestScoped
@Named
public class Login {

    private static final Logger LOG = Logger.getLogger(Login.class.getName());
    static final String HOME = "/products.xhtml";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    LoginThrottle throttle;

    @Inject
    DisplayZone zone;

    private String username;
    private String password;

    /** Someone already logged in has nothing to do here. */
    public void skipIfLoggedIn() throws IOException {
        if (security.getCallerPrincipal() != null) {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + HOME);
        }
    }

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            // The mechanism has already redirected to the page that asked for the login.
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + HOME);
            case SEND_FAILURE -> {
                LOG.info(() -> "Failed back-office login for " + username);
                failed((HttpServletRequest) external.getRequest());
            }
            default -> failed((HttpServletRequest) external.getRequest());
        }
        password = null;
    }

    /**
     * Says why a login failed. A locked name or address is said as such, with the time to come back, since
     * a correct password would be refused too; it reveals no more than the wrong-password message does,
     * because unknown names are counted and locked like existing ones.
     */
    private void failed(HttpServletRequest request) {
        Verdict verdict = throttle.check(username, request.getRemoteAddr());
        if (verdict.isAllowed()) {
            Messages.error(BackOfficeTexts.OFFICE, "login.failed");
        } else {
            Messages.error(BackOfficeTexts.OFFICE, "login.locked", zone.timeOfDay(verdict.lockedUntil()));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
