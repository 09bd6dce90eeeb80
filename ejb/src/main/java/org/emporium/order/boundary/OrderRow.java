package org.emporium.order.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.emporium.order.entity.OrderStatus;

/**
 * One order in a shopper's order list: its number, status, what it asks for, when it was placed, and the name of
 * its first line with how many lines and items it has.
 */
public record OrderRow(
        String number,
        OrderStatus status,
        BigDecimal payable,
        String currency,
        OffsetDateTime placedAt,
        String firstNameZh,
        String firstNameEn,
        int lineCount,
        int itemCount)
        implements Serializable {

    public String firstName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && firstNameEn != null ? firstNameEn : firstNameZh;
    }
}
