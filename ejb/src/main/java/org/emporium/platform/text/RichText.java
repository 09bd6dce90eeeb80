package org.emporium.platform.text;

import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text from staff (product descriptions, brand stories, campaign blocks) is shown unescaped; only
 * harmless formatting, links, images and tables survive. Text with nothing left after cleaning is none.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.STYLES);

    private RichText() {}

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = POLICY.sanitize(html);
        return clean.isBlank() ? null : clean;
    }
}
