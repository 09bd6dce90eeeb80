package org.emporium.notification.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.emporium.notification.entity.Channel;

/**
 * Recipients in one canonical form, so that limits and consent apply to a person however their address
 * was typed: emails trimmed and lower-cased, mainland mobile numbers as 11 digits (without +86).
 */
public final class Recipients {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

    private Recipients() {}

    /** The canonical form, or empty when the text is not an address of that channel. */
    public static Optional<String> canonical(Channel channel, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (channel == Channel.EMAIL) {
            t = t.toLowerCase(Locale.ROOT);
            return t.length() <= 200 && EMAIL.matcher(t).matches() ? Optional.of(t) : Optional.empty();
        }
        t = t.replace(" ", "").replace("-", "");
        if (t.startsWith("+86")) {
            t = t.substring(3);
        } else if (t.startsWith("0086")) {
            t = t.substring(4);
        }
        return MAINLAND_MOBILE.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }
}
