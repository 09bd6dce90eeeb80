package org.emporium.web.storefront.service;

import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.storefront.account.CurrentShopper;
import org.emporium.web.storefront.account.SignedIn;
import org.emporium.web.ui.Messages;

/**
 * What the service centre's pages share: who the shopper is (always the session's, never a parameter), sending a
 * guest to sign in and back, and running a change with the broken rule said in the shopper's language (the cause
 * of anything unexpected goes to the log, and the page keeps what was typed).
 */
final class ShopperAction {

    static final String TEXTS = "org.emporium.web.storefront.i18n.service";

    private static final Logger LOG = Logger.getLogger(ShopperAction.class.getName());

    private ShopperAction() {}

    /** The signed-in shopper's owner id ({@code customer:<id>}), or empty for a guest. */
    static Optional<String> owner() {
        return SignedIn.of((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .map(SignedIn::owner);
    }

    /** The shopper, or (for a guest) a redirect to sign in that comes back to this page, and empty. */
    static Optional<String> ownerOrSignIn(CurrentShopper shopper) throws IOException {
        Optional<String> owner = owner();
        if (owner.isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(shopper.getSignInHref());
        }
        return owner;
    }

    /** True when the change was made; otherwise the page says why. */
    static boolean run(Runnable change) {
        try {
            Optional<BusinessRuleViolation> refused = refused(change);
            refused.ifPresent(r -> Messages.reject(r.messageKey(), r.arguments()));
            return refused.isEmpty();
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "A service centre action failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
            return false;
        }
    }

    /** The rule the change broke, or empty when it was made; anything else is thrown on. */
    static Optional<BusinessRuleViolation> refused(Runnable change) {
        try {
            change.run();
            return Optional.empty();
        } catch (BusinessRuleViolation refused) {
            return Optional.of(refused);
        } catch (EJBException e) {
            if (e.getCause() instanceof BusinessRuleViolation refused) {
                return Optional.of(refused);
            }
            throw e;
        }
    }
}
