package org.emporium.customer.control;

import java.util.Optional;
import java.util.regex.Pattern;

/** Mainland mobile numbers in their canonical form: 11 digits, without +86, spaces or dashes. */
public final class Phones {

    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

    private Phones() {}

    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace(" ", "").replace("-", "");
        if (t.startsWith("+86")) {
            t = t.substring(3);
        } else if (t.startsWith("0086")) {
            t = t.substring(4);
        }
        return MOBILE.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }
}
