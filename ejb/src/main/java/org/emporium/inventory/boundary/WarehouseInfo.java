package org.emporium.inventory.boundary;

import java.io.Serializable;
import java.util.Locale;

/** A warehouse as pickers show it: code, names, whether it serves orders, and its turn among the others. */
public record WarehouseInfo(String code, String nameZh, String nameEn, boolean active, int priority)
        implements Serializable {

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
