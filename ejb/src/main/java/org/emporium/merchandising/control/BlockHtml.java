package org.emporium.merchandising.control;

import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text of campaign blocks comes from staff and is shown unescaped; only harmless formatting, links,
 * images and tables survive. The same policy as product descriptions, kept here because a context may not
 * reach into another's control package.
 */
public final class BlockHtml {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.STYLES);

    private BlockHtml() {}

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = POLICY.sanitize(html);
        return clean.isBlank() ? null : clean;
    }
}
