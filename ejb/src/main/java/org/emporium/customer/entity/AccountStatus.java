package org.emporium.customer.entity;

/** Whether an account may log in. */
public enum AccountStatus {
    ACTIVE,
    LOCKED,
    CLOSED
}
