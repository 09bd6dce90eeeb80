package org.emporium.web.storefront.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a shopper goes back to after signing in: a path of this shop only, relative to its context ("/cart.xhtml",
 * "/product.xhtml?slug=x"). Anything that could leave the site — another host ("//evil.cn", "/\evil.cn"), a
 * scheme, control characters that split a header — is refused, so the sign-in link cannot be made into an open
 * redirect.
 */
public final class ReturnPath {

    private static final Pattern SAFE = Pattern.compile("^/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*$");
    private static final int MAX = 500;

    private ReturnPath() {}

    /** The path when it is safe to send the shopper to; pages of signing in lead home instead. */
    public static Optional<String> of(String next) {
        if (next == null
                || next.isEmpty()
                || next.length() > MAX
                || !SAFE.matcher(next).matches()) {
            return Optional.empty();
        }
        if (next.startsWith("//")
                || next.contains("/../")
                || next.contains("%2f%2f")
                || next.contains("%2F%2F")
                || next.startsWith("/%")) {
            return Optional.empty();
        }
        String path = next.contains("?") ? next.substring(0, next.indexOf('?')) : next;
        if (path.equals("/login.xhtml") || path.equals("/register.xhtml")) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /** The path and query of the page being shown, to come back to after signing in. */
    public static String here(String contextPath, String requestUri, String query) {
        String path = requestUri.startsWith(contextPath) ? requestUri.substring(contextPath.length()) : requestUri;
        String full = query == null || query.isEmpty() ? path : path + "?" + query;
        return of(full).orElse("/");
    }
}
