package org.emporium.web.backoffice.catalog;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.ui.Messages;

/**
 * How the structure pages (categories, attributes, brands) send a change to the catalogue: a refused rule
 * shows its sentence in the user's language and keeps what they typed; a missing role says so; anything else
 * is logged and shown as an unexpected error. Only a change that went through shows its confirmation.
 */
final class Changes {

    private static final Logger LOG = Logger.getLogger(Changes.class.getName());

    private Changes() {}

    /** Runs the change; on success shows the confirmation (a key of the catalog bundle) and returns the result. */
    static <T> T apply(Supplier<T> change, String doneKey, Object... arguments) {
        try {
            T result = change.get();
            if (doneKey != null) {
                Messages.info(BackOfficeTexts.CATALOG, doneKey, arguments);
            }
            return result;
        } catch (BusinessRuleViolation violation) {
            Messages.reject(violation.messageKey(), violation.arguments());
        } catch (EJBAccessException denied) {
            Messages.error(BackOfficeTexts.CATALOG, "structure.forbidden");
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "A catalogue structure change failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
        return null;
    }

    /** The same for a change without a result. */
    static boolean run(Runnable change, String doneKey, Object... arguments) {
        return apply(
                        () -> {
                            change.run();
                            return Boolean.TRUE;
                        },
                        doneKey,
                        arguments)
                != null;
    }
}
