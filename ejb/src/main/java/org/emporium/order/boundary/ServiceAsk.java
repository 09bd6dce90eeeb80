package org.emporium.order.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.emporium.order.entity.ServiceKind;
import org.emporium.order.entity.ServiceReason;

/**
 * What a shopper asks of the service centre. For a refund, return or exchange: the order, the reason from the list,
 * the text, the units of each order line ({@code quantities}: order line id to units) and photos. For a complaint
 * or suggestion: the order or none, a subject and the text.
 */
public record ServiceAsk(
        ServiceKind kind,
        String orderNumber,
        ServiceReason reason,
        String subject,
        String text,
        Map<Long, Integer> quantities,
        List<Photo> photos)
        implements Serializable {

    /** An uploaded photo as the browser sent it: the file's name and its bytes, checked when kept. */
    public record Photo(String fileName, byte[] bytes) implements Serializable {}

    public ServiceAsk {
        quantities = quantities == null ? Map.of() : Map.copyOf(quantities);
        photos = photos == null ? List.of() : List.copyOf(photos);
        orderNumber = orderNumber == null || orderNumber.isBlank() ? null : orderNumber.strip();
    }
}
