package org.emporium.customer.entity;

/** What a one-time SMS code is for. */
public enum CodePurpose {
    REGISTER,
    LOGIN,
    RESET,
    /** A signed-in shopper's new mobile number, before it replaces the old one. */
    PHONE_CHANGE
}
