package org.emporium.web.storefront.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;

/**
 * The orders a guest placed in this browser session, kept in the session (never in anything the browser sends):
 * when the guest signs in, exactly these become the shopper's — an order number typed, guessed or planted in a
 * cookie never does.
 */
public final class GuestOrders {

    static final String ATTRIBUTE = "org.emporium.guest.orders";
    /** A session places a handful of orders at most; more is no shopper. */
    static final int MAX = 50;

    private GuestOrders() {}

    /** Remembers that this session placed the order as a guest. */
    public static void placed(HttpServletRequest request, String number) {
        HttpSession session = request.getSession(true);
        List<String> numbers = new ArrayList<>(of(session));
        if (!numbers.contains(number) && numbers.size() < MAX) {
            numbers.add(number);
        }
        session.setAttribute(ATTRIBUTE, List.copyOf(numbers));
    }

    /** The orders this session placed as a guest, taken from it: adopted once. */
    static List<String> take(HttpSession session) {
        List<String> numbers = of(session);
        session.removeAttribute(ATTRIBUTE);
        return numbers;
    }

    @SuppressWarnings("unchecked")
    private static List<String> of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof List<?> list ? (List<String>) list : List.of();
    }
}
