package org.emporium.web.storefront.cart;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A guest's cart is found by a random token in the {@code emporium_cart} cookie (30 days, HttpOnly,
 * SameSite=Lax: another site's form posts arrive without it and so reach no one's cart). The cart's owner,
 * and the buyer of the orders placed from it, is {@code guest:<token>}.
 */
public final class CartCookie {

    public static final String COOKIE = "emporium_cart";
    private static final int THIRTY_DAYS = 30 * 24 * 3600;
    private static final Pattern TOKEN = Pattern.compile("^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$");

    private CartCookie() {}

    /**
     * The owner of this browser's cart, if it has one: the signed-in shopper ({@code customer:<id>}), else the
     * guest's cookie.
     */
    public static Optional<String> owner(HttpServletRequest request) {
        Optional<String> member = member(request);
        return member.isPresent() ? member : guestOwner(request);
    }

    /** The guest cart this browser's cookie names, whoever is signed in (to merge it at sign-in). */
    public static Optional<String> guestOwner(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(CartCookie::wellFormed)
                .findFirst()
                .map(token -> "guest:" + token);
    }

    /** The signed-in shopper's owner name; staff and anything else are no shoppers. */
    static Optional<String> member(HttpServletRequest request) {
        return Optional.ofNullable(request.getUserPrincipal())
                .map(java.security.Principal::getName)
                .filter(name -> name.matches("^customer:\\d+$"));
    }

    /** The owner of this browser's cart, giving the browser a cart token first when it has none. */
    public static String ownerOrNew(HttpServletRequest request, HttpServletResponse response) {
        return owner(request).orElseGet(() -> {
            String token = UUID.randomUUID().toString();
            Cookie cookie = new Cookie(COOKIE, token);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(THIRTY_DAYS);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return "guest:" + token;
        });
    }

    /** The cart owner a cookie's value names, if it is a token this shop made. */
    public static Optional<String> ownerOfToken(String value) {
        return wellFormed(value) ? Optional.of("guest:" + value) : Optional.empty();
    }

    /** Only tokens this shop made: a crafted cookie cannot name someone else's kind of owner. */
    static boolean wellFormed(String value) {
        return value != null && TOKEN.matcher(value).matches();
    }
}
