package org.emporium.web.storefront.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.emporium.cart.boundary.Carts;

/**
 * The shopper signed in on this session, kept as a session attribute: their account id, the name the header
 * shows, and when they signed in (a session older than the account's "sign out everywhere else" is over). Also what did not come over from the guest cart at sign-in, until a page has said so once.
 */
public record SignedIn(long accountId, String displayName, OffsetDateTime signedInAt) implements Serializable {

    static final String ATTRIBUTE = "org.emporium.shopper";
    static final String UNMERGED = "org.emporium.shopper.unmerged";

    public SignedIn(long accountId, String displayName) {
        this(accountId, displayName, OffsetDateTime.now(java.time.ZoneOffset.UTC));
    }

    public String owner() {
        return ShopperIdentityStore.callerName(accountId);
    }

    public static Optional<SignedIn> of(HttpServletRequest request) {
        return of(request.getSession(false));
    }

    /** The shopper signed in on this session (null: none), e.g. the session of a WebSocket's handshake. */
    public static Optional<SignedIn> of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SignedIn s
                ? Optional.of(s)
                : Optional.empty();
    }

    /** The lines of the guest cart that came over short at sign-in, said once: taken from the session. */
    @SuppressWarnings("unchecked")
    public static List<Carts.Unmerged> takeUnmerged(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(UNMERGED) instanceof List<?> list)) {
            return List.of();
        }
        session.removeAttribute(UNMERGED);
        return (List<Carts.Unmerged>) list;
    }
}
