package org.emporium.merchandising.entity;

/** What a visitor in an experiment did after seeing their variant. */
public enum ConversionKind {
    ADD_TO_CART,
    ORDER
}
