package org.emporium.merchandising.entity;

/** What a slot shows: an image with a link, a text link, or a list of products as cards. */
public enum SlotItemKind {
    IMAGE,
    TEXT_LINK,
    PRODUCT_LIST
}
