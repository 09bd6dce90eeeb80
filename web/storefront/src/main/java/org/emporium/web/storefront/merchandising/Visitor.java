package org.emporium.web.storefront.merchandising;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The anonymous visitor id of A/B experiments: a random UUID in a cookie kept for a year. It holds nothing
 * about the person; it only lets the same browser see the same variant on every node.
 */
public final class Visitor {

    public static final String COOKIE = "emporium_visitor";
    private static final int ONE_YEAR = 365 * 24 * 3600;
    private static final Pattern UUID_TEXT = Pattern.compile("^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$");

    private Visitor() {}

    /** The visitor's id from their cookie, or a new one set on the response. */
    public static String idOf(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> known = Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(Visitor::wellFormed)
                .findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        String id = UUID.randomUUID().toString();
        Cookie cookie = new Cookie(COOKIE, id);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return id;
    }

    /** Only ids this shop made: a crafted cookie cannot smuggle text into the database. */
    public static boolean wellFormed(String value) {
        return value != null && UUID_TEXT.matcher(value).matches();
    }
}
