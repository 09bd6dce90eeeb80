package org.emporium.merchandising.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** The shared checks of merchandising's texts, links and product lists, and the pick of a language. */
public final class Texts {

    /** A link inside the shop ("/campaign/x") or to a web address (https://...): never javascript: or data:. */
    private static final Pattern LINK = Pattern.compile("^(/[^\\s]*|https?://[^\\s]+)$");

    public static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private Texts() {}

    public static String pick(Locale locale, String zh, String en) {
        boolean chinese = locale != null && Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        String preferred = chinese ? zh : en;
        return preferred == null || preferred.isBlank() ? (chinese ? en : zh) : preferred;
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static void requireText(String text, int max, String requiredKey, String sizeKey) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleViolation(requiredKey);
        }
        if (text.length() > max) {
            throw new BusinessRuleViolation(sizeKey, max);
        }
    }

    static void requireLink(String url) {
        if (url == null || url.length() > 500 || !LINK.matcher(url).matches()) {
            throw new BusinessRuleViolation("merchandising.link.format", url == null ? "" : url);
        }
    }

    /** A list of product URL names as staff type it: separated by commas, spaces or lines, in order, no repeats. */
    public static List<String> slugs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    static String normaliseSlugs(String text) {
        List<String> slugs = slugs(text);
        for (String slug : slugs) {
            if (!SLUG.matcher(slug).matches()) {
                throw new BusinessRuleViolation("merchandising.products.slug", slug);
            }
        }
        String joined = String.join(",", slugs);
        if (joined.length() > 2000) {
            throw new BusinessRuleViolation("merchandising.products.tooMany");
        }
        return slugs.isEmpty() ? null : joined;
    }
}
