package org.emporium.catalog.boundary;

import java.util.Arrays;

/** How a shopper orders a product list; the parameter is what the list page's URL carries. */
public enum ShelfSort {
    NEWEST("newest"),
    PRICE_ASC("price-asc"),
    PRICE_DESC("price-desc"),
    NAME("name");

    public final String parameter;

    ShelfSort(String parameter) {
        this.parameter = parameter;
    }

    /** An unknown or missing value means the default order, so a hand-edited URL still shows a list. */
    public static ShelfSort fromParameter(String value) {
        return Arrays.stream(values())
                .filter(s -> s.parameter.equals(value))
                .findFirst()
                .orElse(NEWEST);
    }

    public String getParameter() {
        return parameter;
    }
}
