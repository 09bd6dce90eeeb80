package org.emporium.order.boundary;

import org.emporium.order.entity.ServiceKind;
import org.emporium.order.entity.ServiceStatus;

/**
 * What staff look for in the service desk: a status, a kind, a piece of text (request number, order number, buyer
 * or subject). Any part may be left out.
 */
public record ServiceFilter(ServiceStatus status, ServiceKind kind, String text) {

    public static final ServiceFilter ALL = new ServiceFilter(null, null, null);

    public ServiceFilter {
        // Trimmed and shortened like the order list's text.
        text = new OrderFilter(null, text, null, null).text();
    }

    /** The text as a LIKE pattern, its own wildcards taken literally. */
    String pattern() {
        return new OrderFilter(null, text, null, null).pattern();
    }
}
