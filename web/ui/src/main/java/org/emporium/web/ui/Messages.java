package org.emporium.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Texts from the UI bundles, in the language of the page being shown. A broken business rule arrives as a
 * message key with arguments and leaves as a sentence the user can act on.
 */
public final class Messages {

    /** Where every message key of {@code BusinessRuleViolation} has its sentence, in each language. */
    public static final String RULES = "org.emporium.web.ui.i18n.rules";

    /** Texts both web applications use: errors, the language switch, common actions. */
    public static final String COMMON = "org.emporium.web.ui.i18n.common";

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    private Messages() {}

    /**
     * The text of a key, with its arguments put in by {@link MessageFormat}. An enum argument is shown by
     * its label in the same bundle ({@code enum.<Type>.<CONSTANT>}) when there is one, so a status reads
     * "on sale" rather than ON_SALE. A missing key shows as {@code ???key???} and is logged, so it is found
     * without hiding the rest of the page.
     */
    public static String text(String baseName, Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = bundle(baseName, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "No text for " + key + " in " + baseName + " (" + locale + ")");
            return "???" + key + "???";
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> constant) {
                String label = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
                shown[i] = bundle.containsKey(label) ? bundle.getString(label) : constant.name();
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /**
     * The sentence that tells a user which business rule their request broke, from the key and arguments
     * of the boundary's {@code BusinessRuleViolation} (this jar cannot see that class: it sits in the
     * EAR's lib/).
     */
    public static FacesMessage rule(String messageKey, Object[] arguments, Locale locale) {
        String text = text(RULES, locale, messageKey, arguments);
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    /**
     * Shows a broken rule on the current page and marks the request as failed, so that the page keeps what
     * the user typed instead of showing the stored values again.
     */
    public static void reject(String messageKey, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, rule(messageKey, arguments, locale(faces)));
        faces.validationFailed();
    }

    public static void info(String baseName, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, baseName, key, arguments);
    }

    public static void error(String baseName, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        add(FacesMessage.SEVERITY_ERROR, baseName, key, arguments);
        faces.validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String baseName, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text(baseName, locale(faces), key, arguments), null));
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot() == null
                ? faces.getApplication().getDefaultLocale()
                : faces.getViewRoot().getLocale();
    }

    private static ResourceBundle bundle(String baseName, Locale locale) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        // No fallback to the server's default locale: a missing zh_CN text falls back to English, as the
        // base bundle is English, never to whatever language the JVM happens to run in.
        return ResourceBundle.getBundle(
                baseName,
                locale,
                loader == null ? Messages.class.getClassLoader() : loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
