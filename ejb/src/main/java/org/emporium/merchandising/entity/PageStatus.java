package org.emporium.merchandising.entity;

/** A campaign page is a draft until published; only published pages reach shoppers. */
public enum PageStatus {
    DRAFT,
    PUBLISHED
}
