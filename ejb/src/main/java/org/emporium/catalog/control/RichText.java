package org.emporium.catalog.control;

import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Product descriptions are rich text from staff; only harmless formatting, links, images and tables survive. */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.STYLES);

    private RichText() {}

    public static String sanitize(String html) {
        return html == null || html.isBlank() ? null : POLICY.sanitize(html);
    }
}
