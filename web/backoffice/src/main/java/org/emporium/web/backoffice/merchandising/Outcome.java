package org.emporium.web.backoffice.merchandising;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.ui.Messages;

/** Runs a change through a boundary and tells the user how it went, in their language. */
final class Outcome {

    private static final Logger LOG = Logger.getLogger(Outcome.class.getName());

    private Outcome() {}

    /** True when the change was made; otherwise the page shows why and keeps what the user typed. */
    static boolean of(Runnable change, String savedKey, Object... arguments) {
        try {
            change.run();
            if (savedKey != null) {
                Messages.info(BackOfficeTexts.MERCHANDISING, savedKey, arguments);
            }
            return true;
        } catch (BusinessRuleViolation violation) {
            Messages.reject(violation.messageKey(), violation.arguments());
        } catch (EJBAccessException e) {
            Messages.error(BackOfficeTexts.MERCHANDISING, "merch.forbidden");
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "A merchandising change failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
        return false;
    }
}
