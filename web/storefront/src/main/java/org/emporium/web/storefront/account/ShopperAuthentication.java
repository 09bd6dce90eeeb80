package org.emporium.web.storefront.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.cart.boundary.Carts;
import org.emporium.customer.boundary.AccountSecurity;
import org.emporium.customer.boundary.Customers;
import org.emporium.customer.boundary.ShopperLogin;
import org.emporium.order.boundary.Orders;
import org.emporium.payment.boundary.Payments;
import org.emporium.web.storefront.cart.CartCookie;

/**
 * How shoppers sign in to the storefront (Jakarta Security; named in web.xml by Payara's
 * {@code fish.payara.security.mechanism}, so the back office keeps its own staff mechanism and the two never
 * meet). The sign-in page hands a {@link ShopperCredential} to {@code SecurityContext.authenticate}; this
 * mechanism has {@link ShopperIdentityStore} check it, and on success gives the session a new id (no session
 * fixation), keeps the shopper in the session, merges the guest cart into the shopper's, makes the orders the
 * session placed as a guest the shopper's ({@link GuestOrders}), and — when asked — remembers the browser with a
 * rotating series/token cookie. An external account (OpenID Connect, QQ, Weibo) comes in the same way, as a
 * {@link ShopperCredential.External} the callback hands over once the customer context has checked the provider's
 * answer ({@link ExternalLoginServlet}). Every later request of the session, or of a remembered browser opening a
 * page, is signed in from that state (a page of a session begun before the shopper signed out everywhere else ends
 * it); anything else passes as a guest.
 */
@ApplicationScoped
public class ShopperAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(ShopperAuthentication.class.getName());

    public static final String REMEMBER_COOKIE = "emporium_remember";
    private static final int REMEMBER_SECONDS = (int) ShopperLogin.REMEMBERED.toSeconds();

    @Inject
    ShopperIdentityStore store;

    @Inject
    ShopperLogin login;

    @Inject
    Customers customers;

    @Inject
    Carts carts;

    @Inject
    Orders orders;

    @Inject
    Payments payments;

    @Inject
    AccountSecurity security;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential =
                context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
        if (credential instanceof ShopperCredential given) {
            CredentialValidationResult result;
            if (given instanceof ShopperCredential.WithPassword p) {
                result = store.validate(p);
            } else if (given instanceof ShopperCredential.WithCode c) {
                result = store.validate(c);
            } else {
                result = store.validate((ShopperCredential.External) given);
            }
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            long accountId = accountId(result.getCallerPrincipal().getName());
            SignedIn shopper = new SignedIn(accountId, displayName(accountId));
            begin(request, shopper);
            if (context.getAuthParameters().isRememberMe()) {
                setRememberCookie(request, response, login.remember(accountId));
            }
            return context.notifyContainerAboutLogin(result);
        }
        Optional<SignedIn> current = SignedIn.of(request);
        if (current.isPresent()
                && opensPage(request)
                && !security.sessionValid(
                        current.get().accountId(), current.get().signedInAt())) {
            // the shopper signed out everywhere else since this session began: it is a guest's again
            request.getSession().removeAttribute(SignedIn.ATTRIBUTE);
            current = Optional.empty();
        }
        if (current.isPresent()) {
            return context.notifyContainerAboutLogin(
                    new CallerPrincipal(current.get().owner()), Set.of(ShopperIdentityStore.SHOPPER));
        }
        Optional<String> remembered = cookie(request, REMEMBER_COOKIE);
        if (remembered.isPresent() && opensPage(request)) {
            Optional<ShopperLogin.Resumed> resumed = login.resume(remembered.get());
            if (resumed.isEmpty()) {
                clearRememberCookie(request, response);
                return context.doNothing();
            }
            Customers.Summary s = resumed.get().shopper();
            SignedIn shopper = new SignedIn(s.id(), s.displayName());
            begin(request, shopper);
            setRememberCookie(request, response, resumed.get().nextCookie());
            return context.notifyContainerAboutLogin(
                    new CallerPrincipal(shopper.owner()), Set.of(ShopperIdentityStore.SHOPPER));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedIn.ATTRIBUTE);
        }
        cookie(request, REMEMBER_COOKIE).ifPresent(value -> {
            login.forget(value);
            clearRememberCookie(request, response);
        });
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /**
     * A new session id for the signed-in session (what an attacker may have planted before is worth nothing),
     * the shopper in it, and the guest's cart merged into theirs.
     */
    private void begin(HttpServletRequest request, SignedIn shopper) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SignedIn.ATTRIBUTE, shopper);
        CartCookie.guestOwner(request).ifPresent(guest -> {
            try {
                List<Carts.Unmerged> unmerged = carts.merge(guest, shopper.owner());
                if (!unmerged.isEmpty()) {
                    session.setAttribute(SignedIn.UNMERGED, List.copyOf(unmerged));
                }
            } catch (RuntimeException e) {
                // the shopper is signed in all the same; the guest cart stays where it was
                LOG.log(Level.WARNING, "Could not merge a guest cart into " + shopper.owner(), e);
            }
            adoptGuestOrders(session, guest, shopper.owner());
        });
    }

    /**
     * The orders this session placed as the guest become the shopper's, their payments with them: only those the
     * session itself remembers placing, and of those only the ones still the guest's.
     */
    private void adoptGuestOrders(HttpSession session, String guest, String owner) {
        List<String> placed = GuestOrders.take(session);
        if (placed.isEmpty()) {
            return;
        }
        try {
            List<String> adopted = orders.adopt(guest, owner, placed);
            if (!adopted.isEmpty()) {
                payments.adopt(guest, owner, adopted);
            }
        } catch (RuntimeException e) {
            // the shopper is signed in all the same; the orders stay the guest's
            LOG.log(Level.WARNING, "Could not give the guest's orders " + placed + " to " + owner, e);
        }
    }

    private String displayName(long accountId) {
        return customers.byId(accountId).map(Customers.Summary::displayName).orElse("");
    }

    /** Remembered browsers sign in when they open a page, not on each of the page's parallel fetches. */
    static boolean opensPage(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty()
                || path.equals("/")
                || path.endsWith(".xhtml")
                || path.startsWith("/brand/")
                || path.startsWith("/campaign/");
    }

    static long accountId(String callerName) {
        return Long.parseLong(callerName.substring("customer:".length()));
    }

    static Optional<String> cookie(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(c -> name.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(v -> v != null && !v.isBlank())
                .findFirst();
    }

    static void setRememberCookie(HttpServletRequest request, HttpServletResponse response, String value) {
        response.addCookie(rememberCookie(request, value, REMEMBER_SECONDS));
    }

    static void clearRememberCookie(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(rememberCookie(request, "", 0));
    }

    private static Cookie rememberCookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(REMEMBER_COOKIE, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
