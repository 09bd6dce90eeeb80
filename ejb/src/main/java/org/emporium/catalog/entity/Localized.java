package org.emporium.catalog.entity;

import java.util.Locale;

/** Picks the Chinese or the English text of a bilingual field for the shopper's locale. */
final class Localized {

    private Localized() {}

    static String pick(Locale locale, String zh, String en) {
        boolean chinese = locale != null && Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        String preferred = chinese ? zh : en;
        return preferred == null || preferred.isBlank() ? (chinese ? en : zh) : preferred;
    }
}
