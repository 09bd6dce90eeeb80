package org.emporium.search.boundary;

import java.util.Locale;

/** The orders a result list offers; relevance weighs text match with sales. */
public enum SearchSort {
    RELEVANCE,
    POPULAR,
    NEWEST,
    PRICE_ASC,
    PRICE_DESC;

    /** The sort a URL names, or relevance for anything else. */
    public static SearchSort of(String name) {
        if (name != null) {
            for (SearchSort s : values()) {
                if (s.name().equalsIgnoreCase(name.trim().replace('-', '_'))) {
                    return s;
                }
            }
        }
        return RELEVANCE;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
