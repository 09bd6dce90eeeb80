package org.emporium.catalog.entity;

/** What values an attribute takes: free text, a number with a unit, or one option of a list. */
public enum AttributeKind {
    TEXT,
    NUMBER,
    ENUM;

    /** Only attributes with a list of options can be variant axes and facets. */
    public boolean hasOptions() {
        return this == ENUM;
    }
}
