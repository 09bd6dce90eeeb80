package org.emporium.payment.entity;

/** OPEN while its tenders are held or pending, PAID once all are captured, ENDED when every part went back. */
public enum PaymentStatus {
    OPEN,
    PAID,
    ENDED
}
