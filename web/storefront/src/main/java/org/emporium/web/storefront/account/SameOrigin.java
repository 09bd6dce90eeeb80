package org.emporium.web.storefront.account;

import java.net.URI;

/**
 * Whether a state-changing request that is not a Faces form (which carries its view state) came from this shop's
 * own pages: browsers name the page's origin in {@code Origin} (or at least {@code Referer}) on every cross-site
 * POST, and it must be the host the request was sent to. A request naming neither (old browsers, tools) passes:
 * the session and cart cookies are SameSite=Lax, so another site's form posts arrive without them anyway.
 */
public final class SameOrigin {

    private SameOrigin() {}

    public static boolean allows(String origin, String referer, String host) {
        String named = origin != null && !origin.isBlank() && !"null".equals(origin) ? origin : referer;
        if (named == null || named.isBlank()) {
            return origin == null;
        }
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(named.strip());
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
