package org.emporium.platform.i18n;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A request broke a business rule. It carries a message key of the UI bundles and its arguments, so the
 * page shows it in the user's language; the transaction that raised it is rolled back, so nothing of the
 * request stays half-written.
 */
@ApplicationException(rollback = true)
public class BusinessRuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleViolation(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
