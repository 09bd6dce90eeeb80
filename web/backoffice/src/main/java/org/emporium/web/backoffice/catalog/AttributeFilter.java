package org.emporium.web.backoffice.catalog;

import java.util.List;
import java.util.Locale;
import org.emporium.catalog.entity.Attribute;

/** The attribute table's filter: a piece of the code or of either name, any case; blank shows all. */
final class AttributeFilter {

    private AttributeFilter() {}

    static List<Attribute> matching(List<Attribute> attributes, String text) {
        if (text == null || text.isBlank()) {
            return attributes;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return attributes.stream()
                .filter(a -> contains(a.getCode(), wanted)
                        || contains(a.getNameEn(), wanted)
                        || contains(a.getNameZh(), wanted))
                .toList();
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
