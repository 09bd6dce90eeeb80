package org.emporium.search.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What is left of a typed query before it meets the index: full-width forms folded (NFKC), control
 * characters, tags, emoji and other symbols dropped, white space collapsed and the
 * length cut. Nothing here is parsed as query syntax: the index only ever sees analysed words.
 */
public final class QueryText {

    public static final int MAX_LENGTH = 64;

    private QueryText() {}

    public static String clean(String typed) {
        String collapsed = uncut(typed);
        if (collapsed.codePointCount(0, collapsed.length()) > MAX_LENGTH) {
            collapsed = collapsed
                    .substring(0, collapsed.offsetByCodePoints(0, MAX_LENGTH))
                    .trim();
        }
        return collapsed;
    }

    /** Whether more was typed than a search reads: only the first {@link #MAX_LENGTH} characters count. */
    public static boolean overlong(String typed) {
        String collapsed = uncut(typed);
        return collapsed.codePointCount(0, collapsed.length()) > MAX_LENGTH;
    }

    private static String uncut(String typed) {
        if (typed == null) {
            return "";
        }
        // Far more than a search reads is cut before any work on it (a pasted page, a forged address).
        String bounded = typed.length() > MAX_LENGTH * 16 ? typed.substring(0, MAX_LENGTH * 16) : typed;
        // Markup pasted into the box says nothing about a product: tags go, their text stays.
        String text = Normalizer.normalize(bounded, Normalizer.Form.NFKC).replaceAll("<[^>]{0,200}>", " ");
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH * 2));
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean letterOrDigit = Character.isLetterOrDigit(cp);
            if (letterOrDigit || cp == '-' || cp == '_' || cp == '.' || cp == '\'' || cp == '+' || cp == '#') {
                out.appendCodePoint(cp);
            } else if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                // keep accents that survived normalisation
                out.appendCodePoint(cp);
            } else {
                out.append(' ');
            }
        });
        return out.toString().trim().replaceAll("\\s+", " ");
    }

    /** The form rules are keyed by: cleaned and lower case. */
    public static String key(String typed) {
        return clean(typed).toLowerCase(Locale.ROOT);
    }
}
