package org.emporium.order.boundary;

import java.time.LocalDate;
import java.util.Locale;
import org.emporium.order.entity.OrderStatus;

/**
 * What staff look for in the order list: a status, a piece of text (order number, buyer, recipient or phone),
 * and a window of placing days in the shop's zone. Any part may be left out.
 */
public record OrderFilter(OrderStatus status, String text, LocalDate placedFrom, LocalDate placedTo) {

    public static final OrderFilter ALL = new OrderFilter(null, null, null, null);

    public OrderFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 64) {
            text = text.substring(0, 64);
        }
    }

    /** The text as a LIKE pattern, its own wildcards taken literally. */
    String pattern() {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** The phone as its digits, when the text is one ("138 0013 8000" finds 13800138000). */
    String phoneDigits() {
        String digits = text.replaceAll("[\\s-]", "");
        return digits.matches("\\d{3,20}") ? digits : null;
    }
}
