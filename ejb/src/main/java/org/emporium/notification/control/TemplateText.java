package org.emporium.notification.control;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's text with {@code {{name}}} placeholders. Rendering fills every placeholder from the variables
 * and refuses to leave one empty: a message that says "your code is {{code}}" must never go out.
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_.-]*)\\s*}}");

    private TemplateText() {}

    /** The names of the placeholders in a text. */
    public static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * The text with its placeholders filled.
     *
     * @throws MissingVariable when a placeholder has no value
     */
    public static String render(String text, Map<String, String> variables) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value == null) {
                throw new MissingVariable(m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A placeholder had no value. */
    public static final class MissingVariable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String name;

        MissingVariable(String name) {
            super("No value for {{" + name + "}}");
            this.name = name;
        }

        public String name() {
            return name;
        }
    }
}
