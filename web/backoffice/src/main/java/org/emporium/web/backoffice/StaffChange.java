package org.emporium.web.backoffice;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.ui.Messages;

/**
 * Runs a staff member's change through a boundary and tells them how it went, in their language: the
 * confirmation, the broken rule, a refusal for lack of a role, or an unexpected failure (whose cause goes to the
 * log). The page keeps what was typed whenever the change was not made.
 */
public final class StaffChange {

    private static final Logger LOG = Logger.getLogger(StaffChange.class.getName());

    private StaffChange() {}

    /**
     * True when the change was made. {@code bundle} holds {@code forbiddenKey} and {@code doneKey} (which may be
     * null: no confirmation).
     */
    public static boolean run(
            String bundle, String forbiddenKey, Runnable change, String doneKey, Object... arguments) {
        try {
            change.run();
            if (doneKey != null) {
                Messages.info(bundle, doneKey, arguments);
            }
            return true;
        } catch (BusinessRuleViolation violation) {
            Messages.reject(violation.messageKey(), violation.arguments());
        } catch (EJBAccessException e) {
            Messages.error(bundle, forbiddenKey);
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "A back-office change failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
        return false;
    }
}
