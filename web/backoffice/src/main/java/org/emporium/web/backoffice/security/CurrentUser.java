package org.emporium.web.backoffice.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;

/** The staff member using the back office: their name in the header, their roles, their logout. */
@RequestScoped
@Named
public class CurrentUser {

    @Inject
    SecurityContext security;

    public String getName() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** Whether the product editor lets this user save. */
    public boolean isCatalogManager() {
        return security.isCallerInRole(Roles.CATALOG_MANAGER);
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    /** Ends the session, so that the next person at this desk starts from the login page. */
    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
