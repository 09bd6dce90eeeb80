package org.emporium.catalog.boundary;

import java.io.Serializable;
import org.emporium.catalog.entity.Attribute;

/**
 * One attribute a product of a category describes, from the category's own set or an ancestor's: whether
 * its SKUs vary on it and whether it must be filled before the product goes on sale.
 */
public record EffectiveAttribute(Attribute attribute, boolean variant, boolean required) implements Serializable {

    public String code() {
        return attribute.getCode();
    }
}
