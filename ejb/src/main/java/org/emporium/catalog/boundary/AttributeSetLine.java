package org.emporium.catalog.boundary;

import java.io.Serializable;
import java.util.Locale;
import org.emporium.catalog.entity.AttributeKind;

/**
 * One line of a category's effective attribute set: the attribute, its flags, and the category that
 * defines the line — the category itself, or an ancestor it inherits the line from.
 */
public record AttributeSetLine(
        long attributeId,
        String code,
        String nameZh,
        String nameEn,
        AttributeKind kind,
        boolean variant,
        boolean required,
        int position,
        long originCategoryId,
        String originNameZh,
        String originNameEn,
        boolean inherited)
        implements Serializable {

    public String name(Locale locale) {
        return pick(locale, nameZh, nameEn);
    }

    public String originName(Locale locale) {
        return pick(locale, originNameZh, originNameEn);
    }

    private static String pick(Locale locale, String zh, String en) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
