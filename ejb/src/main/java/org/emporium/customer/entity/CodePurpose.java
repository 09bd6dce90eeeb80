package org.emporium.customer.entity;

/** What a one-time SMS code is for. */
public enum CodePurpose {
    REGISTER,
    LOGIN,
    RESET
}
