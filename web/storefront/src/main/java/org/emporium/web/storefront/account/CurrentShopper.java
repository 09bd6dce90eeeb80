package org.emporium.web.storefront.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.emporium.cart.boundary.Carts;
import org.emporium.customer.boundary.ShopperLogin;

/**
 * The shopper the header shows: their name and a sign-out button, or links to sign in (coming back to this page)
 * and to register; also the notice of what the guest cart could not bring along at sign-in.
 */
@RequestScoped
@Named("shopper")
public class CurrentShopper {

    @Inject
    HttpServletRequest request;

    @Inject
    ShopperLogin login;

    private List<Carts.Unmerged> unmerged;

    public Optional<SignedIn> signedIn() {
        return SignedIn.of(request);
    }

    public boolean isSignedIn() {
        return signedIn().isPresent();
    }

    public String getName() {
        return signedIn().map(SignedIn::displayName).orElse(null);
    }

    /** The cart and order owner of the signed-in shopper, or empty for a guest. */
    public Optional<String> owner() {
        return signedIn().map(SignedIn::owner);
    }

    /** The sign-in page, asked to come back here. */
    public String getSignInHref() {
        String here = ReturnPath.here(request.getContextPath(), request.getRequestURI(), request.getQueryString());
        return request.getContextPath() + "/login.xhtml"
                + ("/".equals(here)
                        ? ""
                        : "?next=" + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** What the guest cart could not bring along at sign-in; said once. */
    public List<Carts.Unmerged> getUnmerged() {
        if (unmerged == null) {
            unmerged = SignedIn.takeUnmerged(request);
        }
        return unmerged;
    }

    /** Signs out: the remembered browser is forgotten, the session ends, and the shopper is a guest again. */
    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // Said here as well as in the mechanism's cleanSubject: a remembered browser must never sign back in.
        ShopperAuthentication.cookie(request, ShopperAuthentication.REMEMBER_COOKIE)
                .ifPresent(value -> {
                    login.forget(value);
                    ShopperAuthentication.clearRememberCookie(request, (HttpServletResponse) external.getResponse());
                });
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}
