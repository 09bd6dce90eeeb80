package org.emporium.merchandising.entity;

/** The building blocks of a campaign page. */
public enum BlockKind {
    /** A large image (a media row) with a caption and a link. */
    HERO,
    /** Formatted text, sanitised before it is stored. */
    RICH_TEXT,
    /** Product cards: listed by URL name, or the products of a category. */
    PRODUCT_GRID,
    /** The live content of a slot, by its code. */
    SLOT
}
